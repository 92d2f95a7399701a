-- The audit trail: one row per run, one row per planned membership change, one row per rejected
-- HR row. Rows of a finished run are frozen by triggers (see V3).
CREATE TABLE sync_run (
  id              BIGSERIAL PRIMARY KEY,
  status          TEXT        NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'HELD', 'ABANDONED')),
  trigger         TEXT        NOT NULL,
  mode            TEXT        NOT NULL CHECK (mode IN ('LIVE', 'DRY_RUN')),
  node            TEXT        NOT NULL,
  started_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished_at     TIMESTAMPTZ,
  source_origin   TEXT,
  source_rows     INTEGER,
  source_rejected INTEGER,
  api_calls       INTEGER,
  summary         TEXT,
  error           TEXT
);
CREATE INDEX sync_run_started_idx ON sync_run (started_at DESC);
CREATE INDEX sync_run_status_idx ON sync_run (status);

CREATE TABLE sync_change (
  id          BIGSERIAL PRIMARY KEY,
  run_id      BIGINT      NOT NULL REFERENCES sync_run (id),
  group_id    TEXT        NOT NULL,
  group_name  TEXT        NOT NULL,
  action      TEXT        NOT NULL CHECK (action IN ('ADD', 'REMOVE')),
  user_id     TEXT,
  email       TEXT,
  employee_id TEXT,
  reason      TEXT        NOT NULL,
  outcome     TEXT        NOT NULL CHECK (outcome IN ('PLANNED', 'APPLIED', 'ALREADY_DONE', 'FAILED', 'DEFERRED',
                                                      'SKIPPED', 'SKIPPED_DRY_RUN', 'HELD', 'NOT_ATTEMPTED')),
  http_status INTEGER,
  attempts    INTEGER     NOT NULL DEFAULT 0,
  error       TEXT,
  planned_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  decided_at  TIMESTAMPTZ
);
CREATE INDEX sync_change_run_idx ON sync_change (run_id);
CREATE INDEX sync_change_email_idx ON sync_change (email);
CREATE INDEX sync_change_employee_idx ON sync_change (employee_id);
CREATE INDEX sync_change_group_idx ON sync_change (group_id);

CREATE TABLE source_rejection (
  id          BIGSERIAL PRIMARY KEY,
  run_id      BIGINT  NOT NULL REFERENCES sync_run (id),
  line        INTEGER NOT NULL,
  employee_id TEXT,
  email       TEXT,
  reason      TEXT    NOT NULL
);
CREATE INDEX source_rejection_run_idx ON source_rejection (run_id);
