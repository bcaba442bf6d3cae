-- Indexes shaped by the ledger view (issue 9, decision 0019). H2 answers a query from an index
-- alone when the index holds every column the query reads; otherwise it reads each whole hazard
-- row (about 2 KB of Chinese text), which made the total of 100,000 hazards take 1.7 s. The view
-- therefore reads the keys of a page (found date, number) from an index that also holds the
-- filter's columns, then only the rows of the page by number.
DROP INDEX IF EXISTS ix_hazard_found;
CREATE INDEX ix_hazard_found ON hazard (found_on, number, deleted, row_no);
DROP INDEX IF EXISTS ix_hazard_status;
-- The deadline is last, read from the index but never ranged on: with a range on it after the
-- IN list of open statuses, H2 counted the overdue hazards of a million in 1 s instead of 13 ms.
CREATE INDEX ix_hazard_status ON hazard (status, deleted, found_on, number, deadline);
CREATE INDEX ix_hazard_unit_found ON hazard (unit_id, deleted, found_on, number);
-- No index is led by deleted: H2 would take it for every "not deleted" query (see
-- HazardRepository.tombstones).
-- A search fetches its hits by row number: this index holds what it then reads (decision 0018).
CREATE INDEX ix_hazard_row_keys ON hazard (row_no, deleted, found_on, number);
