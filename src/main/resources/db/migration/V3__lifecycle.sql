-- The full hazard lifecycle (S02): plan, evidence, acceptance, the union's sign-off, closure,
-- recheck, rejection/merge and reopening. Names are the signed-in users' names as written on the
-- record (accounts stay on their desk; the names travel with the hazard).
ALTER TABLE hazard ADD COLUMN rectification_plan   VARCHAR(4000);
ALTER TABLE hazard ADD COLUMN plan_approved_on     DATE;
ALTER TABLE hazard ADD COLUMN plan_approved_by     VARCHAR(140);
ALTER TABLE hazard ADD COLUMN escalation_reason    VARCHAR(2000);
ALTER TABLE hazard ADD COLUMN evidence             VARCHAR(4000);
ALTER TABLE hazard ADD COLUMN accepted_by          VARCHAR(140);
ALTER TABLE hazard ADD COLUMN acceptance_rejection VARCHAR(2000);
ALTER TABLE hazard ADD COLUMN signed_off_on        DATE;
ALTER TABLE hazard ADD COLUMN signed_off_by        VARCHAR(140);
ALTER TABLE hazard ADD COLUMN signed_off_tier      VARCHAR(20);
ALTER TABLE hazard ADD COLUMN sign_off_note        VARCHAR(2000);
ALTER TABLE hazard ADD COLUMN closed_by            VARCHAR(140);
ALTER TABLE hazard ADD COLUMN recheck_result       VARCHAR(2000);
ALTER TABLE hazard ADD COLUMN disposition_reason   VARCHAR(2000);
ALTER TABLE hazard ADD COLUMN merged_into          VARCHAR(20);
ALTER TABLE hazard ADD COLUMN reopen_count         INT NOT NULL DEFAULT 0;

-- Foundation ledgers closed hazards in one step (accept and close): their acceptance was the
-- sign-off, so the closure keeps its invariant (a closed hazard has acceptance and sign-off).
UPDATE hazard SET signed_off_on = accepted_on WHERE status = 'CLOSED' AND signed_off_on IS NULL;

-- "What waits for me" filters by status within the rectifying tier.
CREATE INDEX ix_hazard_status_tier ON hazard (status, rectifying_tier);
