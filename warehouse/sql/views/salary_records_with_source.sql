-- Every loaded statement next to its source file, for checking a figure against its text.
create or replace view salary_records_with_source as
with sourced as (
    select
        r.record_id,
        d.source_path,
        r.occupation,
        r.city,
        r.state,
        r.seniority,
        r.period,
        r.amount_min,
        r.amount_max,
        r.monthly_min,
        r.monthly_max,
        r.annual_min,
        r.annual_max,
        r.is_open_ended,
        r.is_approximate,
        r.statement,
        r.line,
        r.evidence,
        r.run_id
    from salary_records as r
    join documents as d using (document_id)
)

select * from sourced
