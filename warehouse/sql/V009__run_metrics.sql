-- Per run, the figures the checks across runs compare (flows/metrics.py), one row per
-- metric and subject: subject NULL for the run as a whole, 'seniority:entry' or
-- 'occupation:Pflegefachkraft' for the medians of pay.
create table if not exists run_metrics (
    run_id  varchar not null,
    metric  varchar not null,
    subject varchar,
    value   double
);
