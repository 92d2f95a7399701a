-- What the daemon last saw: Cakewalk members of each mapped group, the Cakewalk user directory, and
-- the HR source per employee. These are caches of external state, overwritten by every run.
CREATE TABLE group_snapshot (
  group_id     TEXT PRIMARY KEY,
  group_name   TEXT        NOT NULL,
  member_count INTEGER     NOT NULL,
  refreshed_at TIMESTAMPTZ NOT NULL,
  run_id       BIGINT      REFERENCES sync_run (id)
);

CREATE TABLE group_member (
  group_id TEXT NOT NULL REFERENCES group_snapshot (group_id) ON DELETE CASCADE,
  user_id  TEXT NOT NULL,
  email    TEXT,
  PRIMARY KEY (group_id, user_id)
);

CREATE TABLE cakewalk_user (
  id          TEXT PRIMARY KEY,
  email       TEXT,
  name        TEXT,
  status_name TEXT,
  seen_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX cakewalk_user_email_idx ON cakewalk_user (email);

CREATE TABLE hr_employee (
  employee_id TEXT PRIMARY KEY,
  email       TEXT        NOT NULL,
  first_name  TEXT,
  last_name   TEXT,
  department  TEXT,
  status      TEXT        NOT NULL,
  seen_at     TIMESTAMPTZ NOT NULL,
  run_id      BIGINT      REFERENCES sync_run (id)
);
CREATE INDEX hr_employee_email_idx ON hr_employee (email);
