-- Chinese substring search (issue 9, decision 0018): every hazard gets a dense row number, and
-- search_gram keeps, per gram (1, 2 or 3 characters of number, place or description) and per block
-- of 4,096 row numbers, which rows of the block contain it (a bitmap, or a short list when few).
-- The index is filled at the first open after this migration (store/SearchIndex.ensureBuilt).
CREATE SEQUENCE hazard_row_seq START WITH 1;
ALTER TABLE hazard ADD COLUMN row_no BIGINT;
UPDATE hazard SET row_no = NEXT VALUE FOR hazard_row_seq;
ALTER TABLE hazard ALTER COLUMN row_no SET NOT NULL;
CREATE UNIQUE INDEX ix_hazard_row_no ON hazard (row_no);

CREATE TABLE search_gram (
    gram   BIGINT         NOT NULL,
    block  INT            NOT NULL,
    hits   VARBINARY(512) NOT NULL,
    PRIMARY KEY (gram, block)
);
