-- Training sessions, emergency drills, rationalisation proposals and small innovations (S06).
-- None of these tables travels in bundles: no change_seq.

-- One training session (安全培训): a topic, a day, its hours, who trained, the unit that organised it.
CREATE TABLE training_session (
    id                  UUID          PRIMARY KEY,
    revision            INT           NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted             BOOLEAN       NOT NULL DEFAULT FALSE,
    kind                VARCHAR(40)   NOT NULL,
    topic               VARCHAR(200)  NOT NULL,
    held_on             DATE          NOT NULL,
    hours               DECIMAL(5,2)  NOT NULL,
    trainer             VARCHAR(100)  NOT NULL,
    unit_id             UUID          NOT NULL REFERENCES org_unit (id),
    evaluation          VARCHAR(4000),
    recorded_by         VARCHAR(200)  NOT NULL
);
CREATE INDEX ix_training_session_held ON training_session (held_on);

-- Who attended, with the optional result: passed or not, or a score out of 100.
CREATE TABLE training_attendee (
    session_id          UUID          NOT NULL REFERENCES training_session (id),
    person_id           UUID          NOT NULL REFERENCES person (id),
    passed              BOOLEAN,
    score               DECIMAL(5,1),
    CONSTRAINT pk_training_attendee PRIMARY KEY (session_id, person_id)
);
CREATE INDEX ix_training_attendee_person ON training_attendee (person_id);

-- One emergency drill (应急演练): a scenario, a day, the unit that held it, its evaluation.
CREATE TABLE emergency_drill (
    id                  UUID          PRIMARY KEY,
    revision            INT           NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted             BOOLEAN       NOT NULL DEFAULT FALSE,
    scenario            VARCHAR(200)  NOT NULL,
    held_on             DATE          NOT NULL,
    unit_id             UUID          NOT NULL REFERENCES org_unit (id),
    evaluation          VARCHAR(4000),
    recorded_by         VARCHAR(200)  NOT NULL
);
CREATE INDEX ix_emergency_drill_held ON emergency_drill (held_on);

CREATE TABLE drill_participant (
    drill_id            UUID          NOT NULL REFERENCES emergency_drill (id),
    person_id           UUID          NOT NULL REFERENCES person (id),
    CONSTRAINT pk_drill_participant PRIMARY KEY (drill_id, person_id)
);
CREATE INDEX ix_drill_participant_person ON drill_participant (person_id);

-- What the drill showed up; a finding may become a hazard (the link is kept here).
CREATE TABLE drill_finding (
    id                  UUID          PRIMARY KEY,
    drill_id            UUID          NOT NULL REFERENCES emergency_drill (id),
    position            INT           NOT NULL,
    text                VARCHAR(2000) NOT NULL,
    hazard_id           UUID          REFERENCES hazard (id)
);
CREATE INDEX ix_drill_finding_drill ON drill_finding (drill_id);

-- Yearly counters behind proposal numbers such as JY-2026-0007.
CREATE TABLE proposal_counter (
    record_year         INT           PRIMARY KEY,
    last_value          INT           NOT NULL
);

-- A rationalisation proposal or small innovation (合理化建议、小建议、小发明、小创造、小革新).
CREATE TABLE proposal (
    id                  UUID          PRIMARY KEY,
    revision            INT           NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted             BOOLEAN       NOT NULL DEFAULT FALSE,
    number              VARCHAR(20)   NOT NULL,
    category            VARCHAR(40)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    content             VARCHAR(4000) NOT NULL,
    proposer_id         UUID          NOT NULL REFERENCES person (id),
    submitted_on        DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    evaluator           VARCHAR(200),
    evaluated_on        DATE,
    score               INT,
    evaluation_comment  VARCHAR(2000),
    decided_by          VARCHAR(200),
    decided_on          DATE,
    not_adopted_reason  VARCHAR(2000),
    implemented_on      DATE,
    reward_amount       DECIMAL(12,2),
    recorded_by         VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_proposal_number UNIQUE (number)
);
CREATE INDEX ix_proposal_submitted ON proposal (submitted_on);

CREATE TABLE proposal_hazard (
    proposal_id         UUID          NOT NULL REFERENCES proposal (id),
    hazard_id           UUID          NOT NULL REFERENCES hazard (id),
    CONSTRAINT pk_proposal_hazard PRIMARY KEY (proposal_id, hazard_id)
);
CREATE INDEX ix_proposal_hazard_hazard ON proposal_hazard (hazard_id);
