-- HazardLedger first schema.
-- Every row that can travel in a bundle carries: a time-ordered UUID, a revision number,
-- updated_at, a tombstone flag and the ledger change sequence at its last change
-- (so exports can be incremental).

CREATE SEQUENCE change_seq START WITH 1;

CREATE TABLE ledger_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

-- reference data ------------------------------------------------------------------------------

-- Generic catalogs: hazard categories, forms, grades, sub-grades, sources, industries, risk colours.
CREATE TABLE catalog_entry (
    catalog    VARCHAR(40)  NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    name_zh    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    note       VARCHAR(1000),
    PRIMARY KEY (catalog, code)
);

-- The four inspection tiers and how often each must inspect (四级排查).
CREATE TABLE tier_rule (
    tier          VARCHAR(20)  PRIMARY KEY,
    name_zh       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    inspector_zh  VARCHAR(100) NOT NULL,
    frequency     VARCHAR(20)  NOT NULL,
    rank_order    INT          NOT NULL
);

-- LEC risk grading: factor values and score bands.
CREATE TABLE lec_factor (
    factor        CHAR(1)        NOT NULL,
    factor_value  DECIMAL(6, 2)  NOT NULL,
    label_zh      VARCHAR(200)   NOT NULL,
    label_en      VARCHAR(200)   NOT NULL,
    PRIMARY KEY (factor, factor_value)
);

CREATE TABLE lec_band (
    band_level    VARCHAR(20)    PRIMARY KEY,
    min_exclusive DECIMAL(10, 2),
    max_inclusive DECIMAL(10, 2),
    name_zh       VARCHAR(100)   NOT NULL,
    name_en       VARCHAR(100)   NOT NULL,
    risk_colour   VARCHAR(10)    NOT NULL
);

-- organisation -------------------------------------------------------------------------------

CREATE TABLE enterprise (
    id            UUID          PRIMARY KEY,
    revision      INT           NOT NULL DEFAULT 1,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq    BIGINT        NOT NULL,
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE,
    name          VARCHAR(200)  NOT NULL,
    short_name    VARCHAR(100)  NOT NULL,
    industry_code VARCHAR(40)   NOT NULL,
    credit_code   VARCHAR(18)
);

-- Plants/mines, workshops, teams and posts; each level is one inspection tier.
CREATE TABLE org_unit (
    id            UUID          PRIMARY KEY,
    revision      INT           NOT NULL DEFAULT 1,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq    BIGINT        NOT NULL,
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE,
    enterprise_id UUID          NOT NULL REFERENCES enterprise (id),
    parent_id     UUID          REFERENCES org_unit (id),
    tier          VARCHAR(20)   NOT NULL REFERENCES tier_rule (tier),
    code          VARCHAR(40)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    retired       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_org_unit_code UNIQUE (enterprise_id, code)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

CREATE TABLE person (
    id            UUID          PRIMARY KEY,
    revision      INT           NOT NULL DEFAULT 1,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq    BIGINT        NOT NULL,
    deleted       BOOLEAN       NOT NULL DEFAULT FALSE,
    enterprise_id UUID          NOT NULL REFERENCES enterprise (id),
    unit_id       UUID          NOT NULL REFERENCES org_unit (id),
    employee_no   VARCHAR(40)   NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    role          VARCHAR(40)   NOT NULL,
    phone         VARCHAR(40),
    retired       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_person_employee_no UNIQUE (enterprise_id, employee_no)
);
CREATE INDEX ix_person_unit ON person (unit_id);

-- hazards -----------------------------------------------------------------------------------

-- Monthly counters behind hazard numbers such as YH-2026-03-0042.
CREATE TABLE hazard_number_counter (
    year_month    VARCHAR(7)    PRIMARY KEY,
    last_value    INT           NOT NULL
);

CREATE TABLE hazard (
    id                    UUID          PRIMARY KEY,
    revision              INT           NOT NULL DEFAULT 1,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq            BIGINT        NOT NULL,
    deleted               BOOLEAN       NOT NULL DEFAULT FALSE,
    enterprise_id         UUID          NOT NULL REFERENCES enterprise (id),
    number                VARCHAR(20)   NOT NULL,
    -- registration (登记)
    unit_id               UUID          NOT NULL REFERENCES org_unit (id),
    place                 VARCHAR(200)  NOT NULL,
    found_on              DATE          NOT NULL,
    finder_id             UUID          REFERENCES person (id),
    anonymous             BOOLEAN       NOT NULL DEFAULT FALSE,
    source                VARCHAR(40)   NOT NULL,
    category              VARCHAR(40)   NOT NULL,
    hazard_form           VARCHAR(40)   NOT NULL,
    description           VARCHAR(4000) NOT NULL,
    -- grading (定级)
    grade                 VARCHAR(20)   NOT NULL,
    sub_grade             VARCHAR(20),
    major_reason          VARCHAR(40),
    risk_colour           VARCHAR(10),
    rectifying_tier       VARCHAR(20)   NOT NULL REFERENCES tier_rule (tier),
    status                VARCHAR(30)   NOT NULL,
    -- the "五定": measures, funds, responsible person, deadline, acceptance standard and acceptor
    measures              VARCHAR(4000),
    interim_safeguards    VARCHAR(2000),
    responsible_id        UUID          REFERENCES person (id),
    deadline              DATE,
    funds                 DECIMAL(14, 2),
    acceptance_standard   VARCHAR(2000),
    acceptor_id           UUID          REFERENCES person (id),
    -- outcome
    rectified_on          DATE,
    acceptance_result     VARCHAR(2000),
    accepted_on           DATE,
    closed_on             DATE,
    rechecker_id          UUID          REFERENCES person (id),
    rechecked_on          DATE,
    CONSTRAINT uq_hazard_number UNIQUE (number)
);
-- One index per sortable/filterable column: H2 otherwise filters then sorts (see ARCHITECTURE.md).
CREATE INDEX ix_hazard_found ON hazard (found_on, number);
CREATE INDEX ix_hazard_status ON hazard (status);
CREATE INDEX ix_hazard_deadline ON hazard (deadline);
CREATE INDEX ix_hazard_unit ON hazard (unit_id);
CREATE INDEX ix_hazard_change ON hazard (change_seq);

-- audit trail ---------------------------------------------------------------------------------

-- Append-only. Each entry stores the SHA-256 of the previous entry, so any later edit breaks the chain.
CREATE TABLE ledger_event (
    seq           BIGINT        PRIMARY KEY,
    id            UUID          NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    entity_type   VARCHAR(40)   NOT NULL,
    entity_id     UUID          NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    payload       VARCHAR(100000) NOT NULL,
    prev_hash     CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    CONSTRAINT uq_ledger_event_id UNIQUE (id)
);
CREATE INDEX ix_ledger_event_entity ON ledger_event (entity_id);
