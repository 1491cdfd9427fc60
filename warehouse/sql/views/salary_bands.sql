-- The analyst's first query: salary bands per occupation, city (with its Bundesland) and seniority.
-- Figures are gross euros; monthly_* and annual_* are the normalised equivalents,
-- averaged over the statements that give that bound. sources = distinct documents.
create or replace view salary_bands as
with live_records as (
    select r.*
    from salary_records as r
    join documents as d using (document_id)
    where d.status = 'loaded'
),

bands as (
    select
        occupation,
        city,
        state,
        seniority,
        cast(avg(monthly_min) as decimal(12, 2)) as monthly_min,
        cast(avg(monthly_max) as decimal(12, 2)) as monthly_max,
        cast(avg(annual_min) as decimal(12, 2)) as annual_min,
        cast(avg(annual_max) as decimal(12, 2)) as annual_max,
        count(distinct document_id) as sources
    from live_records
    group by occupation, city, state, seniority
)

select * from bands
order by occupation, city, state, seniority
