-- The risk register (双重预防, S03 point 5) and the major-hazard criteria library (S03 point 6).

-- Clauses of the industries' major-hazard criteria (重大事故隐患判定标准), in our own words.
-- Reference data, loaded from seeds/reference/major-criteria.csv; a revised clause is a new version.
CREATE TABLE major_criterion (
    code              VARCHAR(40)   NOT NULL,
    criterion_version INT           NOT NULL,
    -- null: any industry (fire, gas)
    industry          VARCHAR(30),
    instrument        VARCHAR(200)  NOT NULL,
    clause_text       VARCHAR(1000) NOT NULL,
    in_force_from     DATE          NOT NULL,
    PRIMARY KEY (code, criterion_version)
);

-- A risk point (风险点) of a unit, graded by LEC; the colour follows the enterprise's lec_band table.
CREATE TABLE risk_point (
    id               UUID          PRIMARY KEY,
    revision         INT           NOT NULL DEFAULT 1,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq       BIGINT        NOT NULL,
    deleted          BOOLEAN       NOT NULL DEFAULT FALSE,
    unit_id          UUID          NOT NULL REFERENCES org_unit (id),
    name             VARCHAR(200)  NOT NULL,
    location         VARCHAR(200),
    hazard_factors   VARCHAR(4000) NOT NULL,
    lec_l            DECIMAL(6, 2) NOT NULL,
    lec_e            DECIMAL(6, 2) NOT NULL,
    lec_c            DECIMAL(6, 2) NOT NULL,
    lec_d            DECIMAL(10, 2) NOT NULL,
    risk_level       VARCHAR(20)   NOT NULL,
    risk_colour      VARCHAR(10)   NOT NULL,
    control_measures VARCHAR(4000) NOT NULL,
    responsible_id   UUID          REFERENCES person (id),
    retired          BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_risk_point_unit ON risk_point (unit_id);
CREATE INDEX ix_risk_point_change ON risk_point (change_seq);

-- The risk point a hazard belongs to, and the clause a major grading cites (or "other" with a reason).
ALTER TABLE hazard ADD COLUMN risk_point_id UUID;
ALTER TABLE hazard ADD CONSTRAINT fk_hazard_risk_point FOREIGN KEY (risk_point_id) REFERENCES risk_point (id);
CREATE INDEX ix_hazard_risk_point ON hazard (risk_point_id);
ALTER TABLE hazard ADD COLUMN major_criterion_code VARCHAR(40);
ALTER TABLE hazard ADD COLUMN major_criterion_version INT;
ALTER TABLE hazard ADD COLUMN major_criterion_other_reason VARCHAR(1000);
