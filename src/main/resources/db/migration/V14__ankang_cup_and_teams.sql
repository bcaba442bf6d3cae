-- The 安康杯 competition and standardised safe teams (安全生产标准化班组) (S06).
-- None of these tables travels in bundles (the federation runs its own competition from its own
-- figures), so none has a change_seq column.

-- One competition per period: a year ('2026'), a half-year ('2026-H1') or a quarter ('2026-Q2').
CREATE TABLE ankang_competition (
    id                  UUID          PRIMARY KEY,
    period_code         VARCHAR(10)   NOT NULL,
    period_year         INT           NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_ankang_competition_period UNIQUE (period_code)
);

-- The competition's criteria and their weights (whole numbers summing to 100).
CREATE TABLE ankang_criterion (
    competition_id      UUID          NOT NULL REFERENCES ankang_competition (id),
    code                VARCHAR(20)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    weight              INT           NOT NULL,
    sort_order          INT           NOT NULL,
    PRIMARY KEY (competition_id, code)
);

-- The units taking part (plants, workshops, teams: any unit).
CREATE TABLE ankang_participant (
    competition_id      UUID          NOT NULL REFERENCES ankang_competition (id),
    unit_id             UUID          NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (competition_id, unit_id)
);

-- A unit's score on one criterion, 0 to 100.
CREATE TABLE ankang_score (
    competition_id      UUID          NOT NULL REFERENCES ankang_competition (id),
    unit_id             UUID          NOT NULL REFERENCES org_unit (id),
    criterion_code      VARCHAR(20)   NOT NULL,
    score               DECIMAL(5, 1) NOT NULL,
    scored_by           VARCHAR(200)  NOT NULL,
    scored_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (competition_id, unit_id, criterion_code)
);

-- The check items of a standardised safe team (seeds/reference/team-checklist.csv): the six
-- abilities and the five -izations, each item worth some points.
CREATE TABLE team_check_item (
    code                VARCHAR(20)   PRIMARY KEY,
    section_code        VARCHAR(20)   NOT NULL,
    section_kind        VARCHAR(20)   NOT NULL,
    section_name        VARCHAR(100)  NOT NULL,
    text                VARCHAR(1000) NOT NULL,
    max_points          INT           NOT NULL,
    sort_order          INT           NOT NULL
);

-- A team's self-assessment on a day, by an assessor.
CREATE TABLE team_assessment (
    id                  UUID          PRIMARY KEY,
    team_unit_id        UUID          NOT NULL REFERENCES org_unit (id),
    assessed_on         DATE          NOT NULL,
    assessor            VARCHAR(200)  NOT NULL,
    note                VARCHAR(2000),
    recorded_by         VARCHAR(200)  NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_team_assessment_team ON team_assessment (team_unit_id, assessed_on);

-- The points given per item; the item's maximum is kept as it was on the day.
CREATE TABLE team_assessment_point (
    assessment_id       UUID          NOT NULL REFERENCES team_assessment (id),
    item_code           VARCHAR(20)   NOT NULL,
    points              INT           NOT NULL,
    max_points          INT           NOT NULL,
    PRIMARY KEY (assessment_id, item_code)
);
