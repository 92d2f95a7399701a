-- Audit rows cannot change once their run has finished. The database enforces it so that no code
-- path (or a hand-written UPDATE) can rewrite history. The only sanctioned delete is the retention
-- purge, which sets cakesync.retention_purge = 'on' for its own transaction.
CREATE FUNCTION sync_run_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('cakesync.retention_purge', true) = 'on' AND OLD.status <> 'RUNNING' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'sync_run % cannot be deleted: audit rows are append-only', OLD.id;
  END IF;
  IF OLD.status <> 'RUNNING' THEN
    RAISE EXCEPTION 'sync_run % is finished (%) and cannot be changed', OLD.id, OLD.status;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER sync_run_append_only
  BEFORE UPDATE OR DELETE ON sync_run
  FOR EACH ROW EXECUTE FUNCTION sync_run_guard();

CREATE FUNCTION run_child_guard() RETURNS trigger AS $$
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

CREATE TRIGGER sync_change_append_only
  BEFORE INSERT OR UPDATE OR DELETE ON sync_change
  FOR EACH ROW EXECUTE FUNCTION run_child_guard();

CREATE TRIGGER source_rejection_append_only
  BEFORE INSERT OR UPDATE OR DELETE ON source_rejection
  FOR EACH ROW EXECUTE FUNCTION run_child_guard();
