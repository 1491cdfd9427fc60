-- The documents a run ($run_id) extracted, with what became of their euro amounts:
-- records loaded and quarantined, amounts skipped, and the records whose occupation or
-- place the text left unknown. At most $listed documents, those with something to say first.
with touched as (
    select document_id from salary_records where run_id = $run_id
    union
    select document_id from quarantined_records where run_id = $run_id
    union
    select document_id from skipped_amounts where run_id = $run_id
),

records as (
    select document_id, occupation, city, state, false as quarantined
    from salary_records where run_id = $run_id
    union all
    select document_id, occupation, city, state, true as quarantined
    from quarantined_records where run_id = $run_id
),

per_record as (
    select
        document_id,
        count(*) filter (not quarantined) as records,
        count(*) filter (quarantined) as quarantined,
        count(*) filter (occupation is null) as without_occupation,
        count(*) filter (city is null and state is null) as without_place
    from records
    group by document_id
),

per_skip as (
    select document_id, count(*) as skipped, string_agg(distinct reason, ', ' order by reason) as reasons
    from skipped_amounts
    where run_id = $run_id
    group by document_id
),

documents_of_run as (
    select
        d.source_path,
        t.document_id,
        coalesce(r.records, 0) as records,
        coalesce(r.quarantined, 0) as quarantined,
        coalesce(s.skipped, 0) as skipped,
        s.reasons as skip_reasons,
        coalesce(r.without_occupation, 0) as without_occupation,
        coalesce(r.without_place, 0) as without_place
    from touched as t
    join documents as d using (document_id)
    left join per_record as r using (document_id)
    left join per_skip as s using (document_id)
)

select * from documents_of_run
order by (quarantined + skipped + without_occupation + without_place) = 0, source_path
limit $listed
