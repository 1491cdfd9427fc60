-- The failures of one run ($run_id), each with where it is in which source text.
-- line is 1-based; statement is the offending span text[char_start:char_end].
with failures as (
    select *
    from validation_failures
    where run_id = $run_id
),

records as (
    select record_id, char_start, char_end, line, statement, evidence, amount_min, amount_max, period
    from salary_records
    union all
    select record_id, char_start, char_end, line, statement, evidence, amount_min, amount_max, period
    from quarantined_records
),

located as (
    select
        f.check_name,
        f.severity,
        f.document_id,
        d.source_path,
        f.record_id,
        f.column_name,
        f.failure_value,
        f.message,
        r.evidence,
        r.statement,
        r.char_start,
        r.char_end,
        r.amount_min,   -- the record as stated, for context
        r.amount_max,
        r.period,
        r.line
    from failures as f
    left join records as r using (record_id)
    left join documents as d on d.document_id = f.document_id
)

select * from located
order by severity, check_name, source_path, char_start
