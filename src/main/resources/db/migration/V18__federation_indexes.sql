-- Indexes for federation mode at the scale a PostgreSQL server is meant for (issue 10): hundreds of
-- enterprises, each sending its whole ledger. Measured in docs/PERFORMANCE.md ("Federation on
-- PostgreSQL"). Portable: the same statements on H2. No index is led by deleted (decision 0019).

-- Per-enterprise counts of the overview (all, open, overdue, major) read from the index alone,
-- never from the wide rows with their JSON payload. It starts as ix_received_record_type (V10) did,
-- which it replaces: one index less to write on every record received.
CREATE INDEX ix_received_record_counts ON received_record
    (record_type, source_installation, status, deadline, grade, deleted);
DROP INDEX IF EXISTS ix_received_record_type;
-- The consolidated major hazards: a few in a hundred of all the hazards received.
CREATE INDEX ix_received_record_grade ON received_record (record_type, grade);
-- Open and overdue hazards across the enterprises.
CREATE INDEX ix_received_record_status ON received_record (record_type, status, deadline);
-- Hazard numbers looked up by hazard id, whichever enterprise sent it (stop-production recommendations).
CREATE INDEX ix_received_record_id ON received_record (id);
