-- A run proves it is alive by its heartbeat, not by holding the lock alone: a run whose lock session
-- was cut (idle timeout, NAT drop, failover) keeps beating until it has stopped and closed itself, so
-- the next run does not take it for dead. Only a run whose lock is free AND whose heartbeat is stale
-- is marked ABANDONED.
ALTER TABLE sync_run ADD COLUMN heartbeat_at TIMESTAMPTZ;

-- A run presumed dead (ABANDONED) may still be closed once by the process that ran it: that process
-- made writes whose outcomes must reach the audit. After that close the row is final like any other.
CREATE OR REPLACE FUNCTION sync_run_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('cakesync.retention_purge', true) = 'on' AND OLD.status <> 'RUNNING' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'sync_run % cannot be deleted: audit rows are append-only', OLD.id;
  END IF;
  IF OLD.status = 'ABANDONED' AND NEW.status NOT IN ('RUNNING', 'ABANDONED') THEN
    RETURN NEW;
  END IF;
  IF OLD.status <> 'RUNNING' THEN
    RAISE EXCEPTION 'sync_run % is finished (%) and cannot be changed', OLD.id, OLD.status;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Likewise the outcome of a change still PLANNED in an ABANDONED run may be recorded; a decided
-- outcome never changes.
CREATE OR REPLACE FUNCTION run_child_guard() RETURNS trigger AS $$
DECLARE
  run_status TEXT;
  target_run BIGINT;
BEGIN
  IF TG_OP = 'DELETE' THEN
    target_run := OLD.run_id;
    IF current_setting('cakesync.retention_purge', true) = 'on' THEN
      RETURN OLD;
    END IF;
  ELSE
    target_run := NEW.run_id;
  END IF;
  SELECT status INTO run_status FROM sync_run WHERE id = target_run;
  IF TG_OP = 'UPDATE' AND run_status = 'ABANDONED' AND TG_TABLE_NAME = 'sync_change' THEN
    IF OLD.run_id = NEW.run_id AND OLD.outcome = 'PLANNED' THEN
      RETURN NEW;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' OR run_status IS DISTINCT FROM 'RUNNING'
     OR (TG_OP = 'UPDATE' AND OLD.run_id <> NEW.run_id) THEN
    RAISE EXCEPTION '% on % of run % refused: audit rows of a finished run are append-only',
      TG_OP, TG_TABLE_NAME, target_run;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
