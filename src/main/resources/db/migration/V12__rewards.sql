-- Rewards (奖励) for workers who find hazards and for safety reports (S06).
-- None of these tables travels in bundles (a reward is the enterprise's own business, and a report
-- reward names only the report's pseudonym): no change_seq, therefore.
--
-- The fund's balance of a year = budget + top-ups - paid - committed, where "committed" is what was
-- approved and not yet paid. Amounts merely proposed do not reduce it; approving and paying are
-- refused when they would take the balance below zero, unless the principal overrides with a reason.

-- The reward fund of one year: its budget.
CREATE TABLE reward_fund (
    fund_year           INT           PRIMARY KEY,
    budget              DECIMAL(14,2) NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)  NOT NULL
);

-- Money added to a year's fund after its budget was set.
CREATE TABLE reward_top_up (
    id                  UUID          PRIMARY KEY,
    fund_year           INT           NOT NULL REFERENCES reward_fund (fund_year),
    amount              DECIMAL(14,2) NOT NULL,
    added_on            DATE          NOT NULL,
    note                VARCHAR(1000) NOT NULL,
    added_by            VARCHAR(200)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reward_top_up_year ON reward_top_up (fund_year);

-- The reward scale from a year on (a year without its own row uses the latest earlier one, and the
-- built-in defaults when there is none): fixed amounts per grade and sub-grade, and a share of a base
-- amount (a fine, an avoided loss) with a floor and a cap.
CREATE TABLE reward_scale (
    scale_year          INT           PRIMARY KEY,
    general_a           DECIMAL(14,2) NOT NULL,
    general_b           DECIMAL(14,2) NOT NULL,
    general_c           DECIMAL(14,2) NOT NULL,
    general_none        DECIMAL(14,2) NOT NULL,
    major               DECIMAL(14,2) NOT NULL,
    share_percent       DECIMAL(7,4)  NOT NULL,
    share_floor         DECIMAL(14,2) NOT NULL,
    share_cap           DECIMAL(14,2) NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(200)  NOT NULL
);

-- One reward: proposed for a hazard's finder (a person) or for a safety report (payee: the pseudonym,
-- never an identity), then concurred by the enterprise union (report rewards only), approved by the
-- principal, paid; or rejected.
CREATE TABLE reward_proposal (
    id                  UUID          PRIMARY KEY,
    revision            INT           NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    number              VARCHAR(20)   NOT NULL,
    fund_year           INT           NOT NULL,
    kind                VARCHAR(20)   NOT NULL,
    hazard_id           UUID          REFERENCES hazard (id),
    person_id           UUID          REFERENCES person (id),
    report_id           UUID          REFERENCES safety_report (id),
    payee               VARCHAR(200)  NOT NULL,
    unit_id             UUID          REFERENCES org_unit (id),
    base_amount         DECIMAL(14,2),
    suggested           DECIMAL(14,2) NOT NULL,
    amount              DECIMAL(14,2) NOT NULL,
    change_reason       VARCHAR(1000),
    grounds             VARCHAR(2000) NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    proposed_by         VARCHAR(200)  NOT NULL,
    proposed_on         DATE          NOT NULL,
    concurred_by        VARCHAR(200),
    concurred_on        DATE,
    approved_by         VARCHAR(200),
    approved_on         DATE,
    override_reason     VARCHAR(1000),
    rejected_by         VARCHAR(200),
    rejected_on         DATE,
    reject_reason       VARCHAR(1000),
    paid_on             DATE,
    paid_amount         DECIMAL(14,2),
    pay_method          VARCHAR(40),
    voucher_no          VARCHAR(60),
    paid_by             VARCHAR(200),
    CONSTRAINT uq_reward_proposal_number UNIQUE (number)
);
CREATE INDEX ix_reward_proposal_year ON reward_proposal (fund_year, status);
CREATE INDEX ix_reward_proposal_hazard ON reward_proposal (hazard_id);
CREATE INDEX ix_reward_proposal_report ON reward_proposal (report_id);
