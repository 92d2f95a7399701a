-- Safety: the figures each run was judged on, the digest of a held plan, admin decisions on held
-- plans, HR headcounts for the integrity gate, and the ledger of memberships cakesync owns.
ALTER TABLE sync_run ADD COLUMN safety TEXT;
ALTER TABLE sync_run ADD COLUMN plan_digest TEXT;
ALTER TABLE sync_run ADD COLUMN approves_run BIGINT REFERENCES sync_run (id);
ALTER TABLE sync_run ADD COLUMN source_active INTEGER;

CREATE TABLE source_headcount (
  run_id     BIGINT  NOT NULL REFERENCES sync_run (id),
  department TEXT    NOT NULL,
  active     INTEGER NOT NULL,
  PRIMARY KEY (run_id, department)
);
CREATE TRIGGER source_headcount_append_only
  BEFORE INSERT OR UPDATE OR DELETE ON source_headcount
  FOR EACH ROW EXECUTE FUNCTION run_child_guard();

CREATE TABLE plan_decision (
  run_id     BIGINT      PRIMARY KEY REFERENCES sync_run (id),
  decision   TEXT        NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
  decided_by TEXT        NOT NULL,
  comment    TEXT        NOT NULL,
  decided_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION plan_decision_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('cakesync.retention_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'plan decisions are final: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER plan_decision_is_final
  BEFORE UPDATE OR DELETE ON plan_decision
  FOR EACH ROW EXECUTE FUNCTION plan_decision_guard();

CREATE TABLE owned_membership (
  group_id    TEXT        NOT NULL,
  user_id     TEXT        NOT NULL,
  origin      TEXT        NOT NULL CHECK (origin IN ('ADDED', 'ADOPTED')),
  run_id      BIGINT      REFERENCES sync_run (id),
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, user_id)
);

ALTER TABLE hr_employee ADD COLUMN department_since TIMESTAMPTZ;
ALTER TABLE hr_employee ADD COLUMN previous_department TEXT;

ALTER TABLE sync_change DROP CONSTRAINT sync_change_action_check;
ALTER TABLE sync_change ADD CONSTRAINT sync_change_action_check CHECK (action IN ('ADD', 'REMOVE', 'MATCH'));
