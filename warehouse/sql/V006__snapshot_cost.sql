-- What a run paid to keep analysts' sessions unblocked (flows/snapshot.py): the bytes of
-- the published warehouse it copied before writing, and the seconds that copy took.
-- NULL for runs before this version.
alter table etl_runs add column if not exists snapshot_bytes bigint;
alter table etl_runs add column if not exists snapshot_seconds double;
