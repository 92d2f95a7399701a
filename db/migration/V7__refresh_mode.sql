-- How a run learnt the Cakewalk state it planned from. FULL: it read the user list and every
-- mapped group. INCREMENTAL: it trusted the snapshot the daemon keeps (group_member, cakewalk_user)
-- and read only what the snapshot could not vouch for. NULL: the run stopped before it had read
-- Cakewalk. The last FULL run is where the next full refresh is counted from.
ALTER TABLE sync_run ADD COLUMN refresh_mode TEXT CHECK (refresh_mode IN ('FULL', 'INCREMENTAL'));
ALTER TABLE sync_run ADD COLUMN refresh_note TEXT;
CREATE INDEX sync_run_full_refresh_idx ON sync_run (id) WHERE refresh_mode = 'FULL';

-- An incremental run asks, per mapped group, whether any change since its snapshot was saved may be
-- missing from it; this keeps that question to the recent runs instead of the group's whole history.
CREATE INDEX sync_change_group_run_idx ON sync_change (group_id, run_id);
