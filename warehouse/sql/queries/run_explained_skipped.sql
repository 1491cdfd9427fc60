-- The euro amounts a run ($run_id) skipped in some of its documents ($ids), with the reason.
select document_id, char_start, char_end, mention, reason
from skipped_amounts
where run_id = $run_id and document_id in (select unnest($ids::varchar[]))
