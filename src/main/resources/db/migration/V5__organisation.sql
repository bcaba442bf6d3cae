-- The organisation editor (S02 point 5): union membership and labour-protection inspectors.
-- A union body is not a table of its own: each plant, workshop and team has exactly one
-- (企业工会, 车间分会, 工会小组) and a post belongs to its team's, so the body follows from the
-- unit tree. What a person adds to it is kept on the person, and so travels with them.
ALTER TABLE person ADD COLUMN union_member BOOLEAN NOT NULL DEFAULT FALSE;
-- 群监员 are appointed and certified by the higher union (outside this ledger, so by name).
ALTER TABLE person ADD COLUMN inspector_certificate VARCHAR(40);
ALTER TABLE person ADD COLUMN appointed_by VARCHAR(200);

-- People who already hold a union office lead (and so belong to) their union body.
UPDATE person SET union_member = TRUE
 WHERE role IN ('UNION_GROUP_LEADER', 'WORKSHOP_UNION_CHAIR', 'ENTERPRISE_UNION_CHAIR', 'LABOUR_INSPECTOR');

-- Retiring a person looks up the open hazards naming them.
CREATE INDEX ix_hazard_responsible ON hazard (responsible_id);
CREATE INDEX ix_hazard_acceptor ON hazard (acceptor_id);
