-- The documents a run ($run_id) extracted, with what became of their euro amounts:
-- records loaded and quarantined, amounts skipped, and the records whose occupation or
-- place the text left unknown. At most $listed documents, those with something to say first.
-- One pass of small columns over the run's rows, a top-$listed cut, and only then the
-- skip reasons and paths of the documents listed: bounded memory on a 1M-document run.
with amounts as (
    select document_id, 1 as records, 0 as quarantined, 0 as skipped,
           (occupation is null)::int as without_occupation,
           (city is null and state is null)::int as without_place
    from salary_records where run_id = $run_id
    union all
    select document_id, 0, 1, 0, (occupation is null)::int, (city is null and state is null)::int
    from quarantined_records where run_id = $run_id
    union all
    select document_id, 0, 0, 1, 0, 0
    from skipped_amounts where run_id = $run_id
),

per_document as (
    select
        document_id,
        sum(records)::bigint as records,
        sum(quarantined)::bigint as quarantined,
        sum(skipped)::bigint as skipped,
        sum(without_occupation)::bigint as without_occupation,
        sum(without_place)::bigint as without_place
    from amounts
    group by document_id
),

listed as (
    select d.source_path, p.*
    from per_document as p
    join documents as d using (document_id)
    order by (p.quarantined + p.skipped + p.without_occupation + p.without_place) = 0, d.source_path
    limit $listed
),

reasons as (
    select document_id, string_agg(distinct reason, ', ' order by reason) as skip_reasons
    from skipped_amounts
    where run_id = $run_id and document_id in (select document_id from listed)
    group by document_id
)

select
    l.source_path, l.document_id, l.records, l.quarantined, l.skipped, r.skip_reasons,
    l.without_occupation, l.without_place
from listed as l
left join reasons as r using (document_id)
order by (l.quarantined + l.skipped + l.without_occupation + l.without_place) = 0, l.source_path
