-- The union's voice (S02 point 3) and the working-day calendar its reply clock runs on.

-- Public holidays and make-up working days (调休) of the State Council's annual schedule: the
-- enterprise's calendar. Reference data, loaded from seeds/reference/holidays-cn.csv.
CREATE TABLE calendar_day (
    calendar_date DATE         PRIMARY KEY,
    kind         VARCHAR(30)   NOT NULL,
    name_zh      VARCHAR(100)  NOT NULL,
    name_en      VARCHAR(100)  NOT NULL,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKING_DAY'))
);

-- Yearly counters behind union record numbers such as GH-2026-0007.
CREATE TABLE union_record_counter (
    record_year   INT           PRIMARY KEY,
    last_value    INT           NOT NULL
);

-- A written proposal (整改建议), a stop-production (建议停产整改) or an evacuation (建议撤离)
-- recommendation, and the enterprise's written answer. Names are written as signed in.
CREATE TABLE union_record (
    id             UUID          PRIMARY KEY,
    revision       INT           NOT NULL DEFAULT 1,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq     BIGINT        NOT NULL,
    deleted        BOOLEAN       NOT NULL DEFAULT FALSE,
    number         VARCHAR(20)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    issuer_tier    VARCHAR(20)   REFERENCES tier_rule (tier),
    issuer_unit_id UUID          REFERENCES org_unit (id),
    issued_by      VARCHAR(140)  NOT NULL,
    issued_on      DATE          NOT NULL,
    delivered_on   DATE          NOT NULL,
    findings       VARCHAR(4000) NOT NULL,
    recommendation VARCHAR(4000) NOT NULL,
    -- the reply period a proposal was issued under: a later change of the setting does not move it
    reply_days     INT           NOT NULL,
    answer         VARCHAR(4000),
    answered_on    DATE,
    answered_by    VARCHAR(140),
    CONSTRAINT uq_union_record_number UNIQUE (number),
    CONSTRAINT ck_union_record_answer CHECK ((answer IS NULL) = (answered_on IS NULL))
);
CREATE INDEX ix_union_record_issued ON union_record (issued_on, number);
CREATE INDEX ix_union_record_change ON union_record (change_seq);

-- Which hazards a record concerns (one or more).
CREATE TABLE union_record_hazard (
    union_record_id UUID NOT NULL REFERENCES union_record (id),
    hazard_id       UUID NOT NULL REFERENCES hazard (id),
    PRIMARY KEY (union_record_id, hazard_id)
);
CREATE INDEX ix_union_record_hazard_hazard ON union_record_hazard (hazard_id);
