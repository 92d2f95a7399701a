-- Held plans that do not pile up: a run whose held changes equal a plan still awaiting a decision
-- points at the run holding it (and shares its decision) instead of asking again; a run holding a
-- plan of its own records until when it can be approved. Both are set before the run finishes,
-- while its row may still change.
ALTER TABLE sync_run ADD COLUMN held_by_run BIGINT REFERENCES sync_run (id);
ALTER TABLE sync_run ADD COLUMN plan_expires_at TIMESTAMPTZ;
CREATE INDEX sync_run_held_by_idx ON sync_run (held_by_run) WHERE held_by_run IS NOT NULL;

-- A preview of a mapping change is on record as a run of its own mode: planned, never sent.
ALTER TABLE sync_run DROP CONSTRAINT sync_run_mode_check;
ALTER TABLE sync_run ADD CONSTRAINT sync_run_mode_check CHECK (mode IN ('LIVE', 'DRY_RUN', 'PREVIEW'));
