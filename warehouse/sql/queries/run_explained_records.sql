-- The records a run ($run_id) wrote of some of its documents ($ids), loaded and quarantined,
-- in the columns of an explain page (flows.explain.Explanation.records).
select document_id, char_start, char_end, amount_min, amount_max, period, period_inferred,
       seniority, occupation, city, state, 'loaded' as status, null::varchar as failed_checks
from salary_records
where run_id = $run_id and document_id in (select unnest($ids::varchar[]))
union all
select document_id, char_start, char_end, amount_min, amount_max, period, period_inferred,
       seniority, occupation, city, state, 'quarantined', failed_checks
from quarantined_records
where run_id = $run_id and document_id in (select unnest($ids::varchar[]))
