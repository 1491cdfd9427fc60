-- Runs that ended without committing (flows/runlog.py) get an etl_runs row too, written by
-- the next run that commits: status failed | interrupted | crashed, counts 0 (nothing of
-- theirs was committed) and the error in one line. NULL for committed runs.
alter table etl_runs add column if not exists error varchar;

-- Documents a run extracted: new and changed ones, and unchanged ones re-extracted
-- (--full-refresh, another extractor version). NULL for runs before this version.
alter table etl_runs add column if not exists documents_extracted integer;
