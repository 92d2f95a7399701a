-- HR events: notifications that name people, stored before they are acknowledged so that a restart
-- or a failover loses none, and turned into targeted runs by whichever replica holds the run lock.
-- An event stays PENDING until a run settles it; a run that died leaves it PENDING, and the next run
-- takes it again. attempts counts the runs that took it, next_attempt_at when it may be taken again.
CREATE TABLE hr_event (
  id              BIGSERIAL PRIMARY KEY,
  source          TEXT        NOT NULL,
  external_id     TEXT        NOT NULL,
  people          JSONB       NOT NULL,
  received_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
  received_by     TEXT        NOT NULL,
  state           TEXT        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
  attempts        INTEGER     NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  run_id          BIGINT      REFERENCES sync_run (id) ON DELETE SET NULL,
  outcome         TEXT,
  note            TEXT,
  settled_at      TIMESTAMPTZ,
  UNIQUE (source, external_id)
);
CREATE INDEX hr_event_pending_idx ON hr_event (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX hr_event_received_idx ON hr_event (received_at DESC);
CREATE INDEX hr_event_run_idx ON hr_event (run_id);

-- Which events a run (trigger EVENT) was made for, as part of its audit: frozen once the run finishes,
-- deleted with the run by the retention purge.
CREATE TABLE sync_run_event (
  run_id   BIGINT NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
  event_id TEXT   NOT NULL,
  PRIMARY KEY (run_id, event_id)
);
CREATE TRIGGER sync_run_event_append_only
  BEFORE INSERT OR UPDATE OR DELETE ON sync_run_event
  FOR EACH ROW EXECUTE FUNCTION run_child_guard();
