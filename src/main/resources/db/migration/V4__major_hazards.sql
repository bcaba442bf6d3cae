-- The major-hazard file (S02 point 2, decision 0005): one row per major hazard with the three-part
-- report, the six-item treatment plan, the safeguards in force, and the track towards being struck
-- off (report to the department, listing, evaluation, request to resume production, the
-- department's on-site review, 核销). Names are the signed-in users' names as written on the record.
CREATE TABLE major_hazard_file (
    id                       UUID          PRIMARY KEY,
    revision                 INT           NOT NULL DEFAULT 1,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq               BIGINT        NOT NULL,
    deleted                  BOOLEAN       NOT NULL DEFAULT FALSE,
    hazard_id                UUID          NOT NULL REFERENCES hazard (id),
    -- the three-part report
    present_state_and_cause  VARCHAR(4000),
    harm_and_difficulty      VARCHAR(4000),
    plan_summary             VARCHAR(4000),
    -- the six-item treatment plan
    goal_and_tasks           VARCHAR(4000),
    methods_and_measures     VARCHAR(4000),
    funds_and_materials      VARCHAR(4000),
    organisation_and_responsible VARCHAR(4000),
    time_limit_and_requirements  VARCHAR(4000),
    safety_and_emergency     VARCHAR(4000),
    -- safeguards while under treatment
    warning_signs            BOOLEAN       NOT NULL DEFAULT FALSE,
    people_withdrawn         BOOLEAN       NOT NULL DEFAULT FALSE,
    use_stopped              BOOLEAN       NOT NULL DEFAULT FALSE,
    safeguards_note          VARCHAR(2000),
    -- report to the department
    reported_on              DATE,
    department               VARCHAR(200),
    report_document          VARCHAR(100),
    -- listing for supervised rectification (挂牌督办)
    listed_on                DATE,
    listed_by                VARCHAR(200),
    listing_document         VARCHAR(100),
    -- evaluation
    evaluated_on             DATE,
    evaluator_kind           VARCHAR(30),
    evaluator_name           VARCHAR(200),
    evaluation_conclusion    VARCHAR(4000),
    -- the written request to resume production
    resumption_requested_on  DATE,
    resumption_delivered_on  DATE,
    resumption_submitted_by  VARCHAR(140),
    -- the department's on-site review (the last one; a failed one stays until the next)
    reviewed_on              DATE,
    reviewer                 VARCHAR(200),
    review_passed            BOOLEAN,
    review_note              VARCHAR(2000),
    -- struck off (核销)
    struck_off_on            DATE,
    struck_off_by            VARCHAR(140),
    CONSTRAINT uq_major_hazard_file_hazard UNIQUE (hazard_id)
);
CREATE INDEX ix_major_hazard_file_change ON major_hazard_file (change_seq);
