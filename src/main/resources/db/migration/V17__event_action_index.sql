-- The compliance calendar asks when each unit was entered (its org_unit ADD event) at every sign-in
-- and on every reminder. Without an index that meant reading every audit event: 5.4 million at a
-- million hazards, about 30 s each time (issue 9). The matching events are a few hundred.
CREATE INDEX ix_ledger_event_action ON ledger_event (entity_type, action);
