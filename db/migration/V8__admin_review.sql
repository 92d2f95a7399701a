-- Admin review: the retention purge and the indexes behind the audit search.
-- The purge deletes whole finished runs. State rows that merely remember which run last touched them
-- (snapshots, HR records, the ownership ledger) outlive that run: their reference becomes NULL.
ALTER TABLE group_snapshot DROP CONSTRAINT group_snapshot_run_id_fkey,
  ADD CONSTRAINT group_snapshot_run_id_fkey FOREIGN KEY (run_id) REFERENCES sync_run (id) ON DELETE SET NULL;
ALTER TABLE hr_employee DROP CONSTRAINT hr_employee_run_id_fkey,
  ADD CONSTRAINT hr_employee_run_id_fkey FOREIGN KEY (run_id) REFERENCES sync_run (id) ON DELETE SET NULL;
ALTER TABLE owned_membership DROP CONSTRAINT owned_membership_run_id_fkey,
  ADD CONSTRAINT owned_membership_run_id_fkey FOREIGN KEY (run_id) REFERENCES sync_run (id) ON DELETE SET NULL;

-- Each purge is itself on record: when, up to which cutoff, and how much it deleted.
CREATE TABLE retention_purge (
  id        BIGSERIAL PRIMARY KEY,
  purged_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  cutoff    TIMESTAMPTZ NOT NULL,
  runs      INTEGER     NOT NULL,
  changes   INTEGER     NOT NULL,
  node      TEXT        NOT NULL
);

CREATE INDEX sync_run_finished_idx ON sync_run (finished_at);
CREATE INDEX sync_change_planned_idx ON sync_change (planned_at);
CREATE INDEX sync_change_email_lower_idx ON sync_change (lower(email));
CREATE INDEX sync_change_group_name_lower_idx ON sync_change (lower(group_name));
