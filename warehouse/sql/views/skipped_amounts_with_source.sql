-- Every euro amount that became no record, next to its source file and the reason:
-- "why is this figure not in the warehouse?"
create or replace view skipped_amounts_with_source as
with sourced as (
    select
        d.source_path,
        s.reason,
        s.mention,
        s.char_start,
        s.char_end,
        s.document_id,
        s.run_id
    from skipped_amounts as s
    join documents as d using (document_id)
    where d.status = 'loaded'
)

select * from sourced
order by source_path, char_start
