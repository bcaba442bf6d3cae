-- Exchange with the union federation (S05, issue 6): keys, the log of bundles written and read, the
-- records received from the other side, and conflicts between two edits of one revision. See
-- docs/bundle-format.md and docs/decisions/0015-exchange-bundles.md.
-- Settings used: installation.id (UUID of this ledger), installation.role (ENTERPRISE | FEDERATION).

-- OpenPGP keys: this installation's own (secret part in <data>/keys/, protected by the passphrase)
-- and the other side's public keys. A key is trusted only once a user confirmed its fingerprint.
CREATE TABLE exchange_key (
    fingerprint      CHAR(40)      PRIMARY KEY,
    installation_id  UUID          NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    role             VARCHAR(20)   NOT NULL,
    own              BOOLEAN       NOT NULL,
    armored_public   VARCHAR(20000) NOT NULL,
    key_created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    added_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by         VARCHAR(140)  NOT NULL,
    trusted_at       TIMESTAMP WITH TIME ZONE,
    trusted_by       VARCHAR(140),
    -- set when a newer key of the same installation replaced it (rotation); it still reads old bundles
    retired_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_exchange_key_role CHECK (role IN ('ENTERPRISE', 'FEDERATION')),
    CONSTRAINT ck_exchange_key_trust CHECK ((trusted_at IS NULL) = (trusted_by IS NULL))
);
CREATE INDEX ix_exchange_key_installation ON exchange_key (installation_id);

-- Every bundle written (SENT) or applied (RECEIVED). A received bundle id is never applied twice.
CREATE TABLE exchange_bundle (
    bundle_id              UUID          NOT NULL,
    direction              VARCHAR(10)   NOT NULL,
    kind                   VARCHAR(20)   NOT NULL,
    sender_fingerprint     CHAR(40)      NOT NULL,
    sender_installation    UUID          NOT NULL,
    recipient_fingerprint  CHAR(40)      NOT NULL,
    recipient_installation UUID          NOT NULL,
    change_from            BIGINT        NOT NULL,
    change_to              BIGINT        NOT NULL,
    full_export            BOOLEAN       NOT NULL,
    record_count           INT           NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_by           VARCHAR(140)  NOT NULL,
    file_name              VARCHAR(255),
    -- SENT bundles: when the recipient's acknowledgement arrived
    acknowledged_at        TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (bundle_id, direction),
    CONSTRAINT ck_exchange_bundle_direction CHECK (direction IN ('SENT', 'RECEIVED')),
    CONSTRAINT ck_exchange_bundle_kind CHECK (kind IN ('RECORDS', 'FEEDBACK', 'ACKNOWLEDGEMENT'))
);
CREATE INDEX ix_exchange_bundle_recipient ON exchange_bundle (recipient_installation, direction);

-- Records received from another installation, as received (the JSON line), upserted by id: a higher
-- revision replaces a lower one. The projection columns serve the consolidated views and the
-- enterprise's hazard pane (null where the type has no such field).
CREATE TABLE received_record (
    source_installation UUID          NOT NULL,
    record_type         VARCHAR(40)   NOT NULL,
    id                  UUID          NOT NULL,
    revision            INT           NOT NULL,
    change_seq          BIGINT        NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted             BOOLEAN       NOT NULL,
    payload             CLOB          NOT NULL,
    payload_sha256      CHAR(64)      NOT NULL,
    bundle_id           UUID          NOT NULL,
    hazard_id           UUID,
    unit_id             UUID,
    number              VARCHAR(40),
    kind                VARCHAR(40),
    grade               VARCHAR(20),
    status              VARCHAR(30),
    found_on            DATE,
    deadline            DATE,
    closed_on           DATE,
    summary             VARCHAR(400),
    PRIMARY KEY (source_installation, record_type, id)
);
CREATE INDEX ix_received_record_type ON received_record (record_type, source_installation);
CREATE INDEX ix_received_record_hazard ON received_record (hazard_id);

-- Two different contents under the same revision of one record: both kept until a user chooses.
CREATE TABLE record_conflict (
    id                  UUID          PRIMARY KEY,
    source_installation UUID          NOT NULL,
    record_type         VARCHAR(40)   NOT NULL,
    record_id           UUID          NOT NULL,
    revision            INT           NOT NULL,
    kept_payload        CLOB          NOT NULL,
    incoming_payload    CLOB          NOT NULL,
    incoming_sha256     CHAR(64)      NOT NULL,
    bundle_id           UUID          NOT NULL,
    detected_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at         TIMESTAMP WITH TIME ZONE,
    resolved_by         VARCHAR(140),
    -- KEPT (the stored value stays) or TAKEN (the incoming value replaced it)
    resolution          VARCHAR(10),
    CONSTRAINT uq_record_conflict UNIQUE (source_installation, record_type, record_id, revision, incoming_sha256),
    CONSTRAINT ck_record_conflict_resolution CHECK (resolution IS NULL OR resolution IN ('KEPT', 'TAKEN'))
);

-- Federation mode: what the federation sends back to one enterprise (督查, verification of a major
-- hazard, 挂牌督办 listing, blacklist, 约谈 summons). Travels in feedback bundles like other records.
CREATE TABLE federation_notice (
    id                       UUID          PRIMARY KEY,
    revision                 INT           NOT NULL DEFAULT 1,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq               BIGINT        NOT NULL,
    deleted                  BOOLEAN       NOT NULL DEFAULT FALSE,
    enterprise_installation  UUID          NOT NULL,
    kind                     VARCHAR(20)   NOT NULL,
    -- the enterprise's hazard it concerns (its id in the enterprise's ledger); null = the whole enterprise
    hazard_id                UUID,
    hazard_number            VARCHAR(40),
    document_no              VARCHAR(100),
    title                    VARCHAR(200)  NOT NULL,
    body                     VARCHAR(4000) NOT NULL,
    -- VERIFICATION: whether the major hazard's rectification was verified as done
    verified                 BOOLEAN,
    issued_on                DATE          NOT NULL,
    issued_by                VARCHAR(140)  NOT NULL,
    CONSTRAINT ck_federation_notice_kind CHECK (kind IN ('SUPERVISION', 'VERIFICATION', 'LISTING', 'BLACKLIST', 'SUMMONS'))
);
CREATE INDEX ix_federation_notice_enterprise ON federation_notice (enterprise_installation, change_seq);
CREATE INDEX ix_federation_notice_change ON federation_notice (change_seq);
