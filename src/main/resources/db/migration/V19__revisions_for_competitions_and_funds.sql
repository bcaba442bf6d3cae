-- Optimistic locking on the last two rows users change without one (issue 10): a rename of an
-- 安康杯 competition and a year's reward budget are saved only over the revision they were read at.
-- Portable: the same statements run on H2 and PostgreSQL 15.
ALTER TABLE ankang_competition ADD COLUMN revision INT NOT NULL DEFAULT 1;
ALTER TABLE reward_fund ADD COLUMN revision INT NOT NULL DEFAULT 1;
