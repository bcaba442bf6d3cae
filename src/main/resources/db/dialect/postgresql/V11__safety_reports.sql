-- PostgreSQL's version of h2/V11__safety_reports.sql (decision 0020): the same schema in PostgreSQL's types.
-- Safety reports (举报) with sealed reporter identities (S06).
-- Neither table travels in bundles: a reporter's identity is confidential by law, and the report's
-- substance reaches the federation only through the hazard it became. No change_seq, therefore.

-- The union chair's seal key. Identities are sealed to its public key (HPKE, Bouncy Castle); its
-- private key is kept only encrypted under a key derived from the chair's passphrase. A new key
-- retires the old one, which stays so the identities sealed to it can still be opened.
CREATE TABLE seal_key (
    id                  UUID          PRIMARY KEY,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    holder_account_id   UUID          NOT NULL REFERENCES user_account (id),
    public_key          BYTEA CHECK (octet_length(public_key) <= 256)  NOT NULL,
    -- the private key encrypted under the passphrase-derived key, with its KDF parameters and salt
    locked_private_key  BYTEA CHECK (octet_length(locked_private_key) <= 1024) NOT NULL,
    kdf_parameters      VARCHAR(400)  NOT NULL,
    retired             BOOLEAN       NOT NULL DEFAULT FALSE
);

-- One report received through a channel (12350 hotline, 12351 line, letter, in person, anonymous).
-- Everyone but the key holder sees the pseudonym; the identity is sealed, or absent when anonymous.
CREATE TABLE safety_report (
    id                  UUID          PRIMARY KEY,
    revision            INT           NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted             BOOLEAN       NOT NULL DEFAULT FALSE,
    number              VARCHAR(20)   NOT NULL,
    channel             VARCHAR(30)   NOT NULL,
    received_on         DATE          NOT NULL,
    unit_id             UUID          REFERENCES org_unit (id),
    summary             VARCHAR(4000) NOT NULL,
    pseudonym           VARCHAR(40)   NOT NULL,
    sealed_identity     BYTEA CHECK (octet_length(sealed_identity) <= 8192),
    seal_key_id         UUID          REFERENCES seal_key (id),
    hazard_id           UUID          REFERENCES hazard (id),
    registered_by       VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_safety_report_number UNIQUE (number),
    CONSTRAINT uq_safety_report_pseudonym UNIQUE (pseudonym)
);
CREATE INDEX ix_safety_report_received ON safety_report (received_on);
CREATE INDEX ix_safety_report_hazard ON safety_report (hazard_id);
