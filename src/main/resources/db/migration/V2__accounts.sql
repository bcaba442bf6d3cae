-- Local user accounts (S02 point 4).
-- Accounts belong to one desk's ledger file and do NOT travel in bundles: a password hash must
-- never leave the machine, and another ledger's people log in to their own desk. Hence no
-- change_seq and no tombstone (an account is disabled, never deleted, so the audit trail keeps
-- naming it). revision and updated_at stay for optimistic locking of admin edits.
CREATE TABLE user_account (
    id                   UUID          PRIMARY KEY,
    revision             INT           NOT NULL DEFAULT 1,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    login_name           VARCHAR(32)   NOT NULL,
    display_name         VARCHAR(100)  NOT NULL,
    -- PHC string: $argon2id$v=19$m=…,t=…,p=…$salt$hash, so the cost can be raised later
    password_hash        VARCHAR(255)  NOT NULL,
    role                 VARCHAR(20)   NOT NULL,
    -- the unit (and so the tier) a unit head or union member answers for
    scope_unit_id        UUID          REFERENCES org_unit (id),
    person_id            UUID          REFERENCES person (id),
    disabled             BOOLEAN       NOT NULL DEFAULT FALSE,
    must_change_password BOOLEAN       NOT NULL DEFAULT FALSE,
    failed_attempts      INT           NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_user_account_login UNIQUE (login_name)
);
