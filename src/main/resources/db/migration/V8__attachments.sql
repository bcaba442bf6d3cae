-- Photos and documents (S03 point 4). The bytes live once per content in the data folder,
-- under attachments/ab/cdef… named by their SHA-256; each row is one attaching of such a content
-- to a hazard or an inspection round. Rows travel like other records; removing one is a tombstone.
CREATE TABLE attachment (
    id          UUID          PRIMARY KEY,
    revision    INT           NOT NULL DEFAULT 1,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    change_seq  BIGINT        NOT NULL,
    deleted     BOOLEAN       NOT NULL DEFAULT FALSE,
    sha256      CHAR(64)      NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    -- BEFORE / AFTER rectification (photos), or DOCUMENT
    kind        VARCHAR(20)   NOT NULL,
    -- the owner is a hazard or a round: no foreign key, one column cannot reference both tables
    owner_kind  VARCHAR(20)   NOT NULL,
    owner_id    UUID          NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by    VARCHAR(140)  NOT NULL,
    CONSTRAINT ck_attachment_kind CHECK (kind IN ('BEFORE', 'AFTER', 'DOCUMENT')),
    CONSTRAINT ck_attachment_owner_kind CHECK (owner_kind IN ('HAZARD', 'ROUND')),
    CONSTRAINT ck_attachment_size CHECK (size_bytes >= 0)
);
CREATE INDEX ix_attachment_owner ON attachment (owner_kind, owner_id);
CREATE INDEX ix_attachment_sha ON attachment (sha256);
CREATE INDEX ix_attachment_change ON attachment (change_seq);
