-- Inspection rounds (S03 point 1) and the per-unit round rules behind the compliance calendar
-- (point 2). See docs/decisions/0009-inspection-rounds.md.

-- Checklists per tier and industry (industry_code NULL = any industry). Editing a list adds a new
-- version; rounds keep the version they used. Loaded from seeds/reference/checklists.csv.
CREATE TABLE checklist (
    code          VARCHAR(40)   NOT NULL,
    version       INT           NOT NULL,
    tier          VARCHAR(20)   NOT NULL REFERENCES tier_rule (tier),
    industry_code VARCHAR(40),
    name          VARCHAR(200)  NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by      VARCHAR(140)  NOT NULL,
    PRIMARY KEY (code, version)
);
CREATE INDEX ix_checklist_tier ON checklist (tier, industry_code);

CREATE TABLE checklist_item (
    checklist_code    VARCHAR(40)  NOT NULL,
    checklist_version INT          NOT NULL,
    position          INT          NOT NULL,
    item_code         VARCHAR(40)  NOT NULL,
    text              VARCHAR(200) NOT NULL,
    PRIMARY KEY (checklist_code, checklist_version, position),
    CONSTRAINT fk_checklist_item_list FOREIGN KEY (checklist_code, checklist_version)
        REFERENCES checklist (code, version),
    CONSTRAINT uq_checklist_item_code UNIQUE (checklist_code, checklist_version, item_code)
);

-- One round of one unit on one day. Stored compactly, as a year of daily rounds of every post is
-- tens of thousands: item_count items were answered, round_item_result holds only the answers
-- that are not OK (failed or not applicable), and the first inspector is on the row itself
-- (round_inspector holds the second and later ones), so a one-person all-OK round is one row.
CREATE TABLE inspection_round (
    id                UUID          PRIMARY KEY,
    revision          INT           NOT NULL DEFAULT 1,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq        BIGINT        NOT NULL,
    deleted           BOOLEAN       NOT NULL DEFAULT FALSE,
    unit_id           UUID          NOT NULL REFERENCES org_unit (id),
    tier              VARCHAR(20)   NOT NULL,
    held_on           DATE          NOT NULL,
    inspector_id      UUID          NOT NULL REFERENCES person (id),
    checklist_code    VARCHAR(40)   NOT NULL,
    checklist_version INT           NOT NULL,
    item_count        INT           NOT NULL,
    failed_count      INT           NOT NULL,
    note              VARCHAR(2000),
    recorded_by       VARCHAR(140)  NOT NULL,
    CONSTRAINT fk_inspection_round_checklist FOREIGN KEY (checklist_code, checklist_version)
        REFERENCES checklist (code, version)
);
CREATE INDEX ix_inspection_round_unit_day ON inspection_round (unit_id, held_on);
CREATE INDEX ix_inspection_round_day ON inspection_round (held_on);
CREATE INDEX ix_inspection_round_change ON inspection_round (change_seq);

-- The second and later inspectors of a round, in the order entered (position 1, 2, ...).
CREATE TABLE round_inspector (
    round_id  UUID NOT NULL REFERENCES inspection_round (id),
    position  INT  NOT NULL CHECK (position >= 1),
    person_id UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (round_id, position)
);
CREATE INDEX ix_round_inspector_person ON round_inspector (person_id);

-- The answers that are not OK (an item without a row here was answered OK).
CREATE TABLE round_item_result (
    round_id  UUID          NOT NULL REFERENCES inspection_round (id),
    item_code VARCHAR(40)   NOT NULL,
    answer    VARCHAR(20)   NOT NULL,
    note      VARCHAR(500),
    PRIMARY KEY (round_id, item_code),
    CONSTRAINT ck_round_item_answer CHECK (answer IN ('FAILED', 'NOT_APPLICABLE'))
);

-- Hazards registered from a round, with the item that found them (NULL: linked to the round as a whole).
CREATE TABLE round_hazard (
    round_id  UUID        NOT NULL REFERENCES inspection_round (id),
    hazard_id UUID        NOT NULL REFERENCES hazard (id),
    item_code VARCHAR(40),
    PRIMARY KEY (round_id, hazard_id)
);
CREATE INDEX ix_round_hazard_hazard ON round_hazard (hazard_id);

-- A unit's own round rule where it differs from its tier's default: frequency, duty rota (a cycle
-- of '1' on duty / '0' off from an anchor day), whether non-working days are off, and from which
-- day it is held to the rules (NULL: from the day the unit was entered in the ledger).
CREATE TABLE round_rule (
    unit_id       UUID         PRIMARY KEY REFERENCES org_unit (id),
    revision      INT          NOT NULL DEFAULT 1,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq    BIGINT       NOT NULL,
    frequency     VARCHAR(20)  NOT NULL,
    rota_anchor   DATE         NOT NULL,
    rota_pattern  VARCHAR(56)  NOT NULL,
    skip_holidays BOOLEAN      NOT NULL DEFAULT FALSE,
    required_from DATE,
    CONSTRAINT ck_round_rule_frequency CHECK (frequency IN ('DAILY', 'WEEKLY', 'HALF_MONTHLY'))
);
