-- Schema version 3: every record carries its statement text and line number, so the
-- warehouse no longer keeps each document's full text (it was most of the file and of
-- a run's memory). The raw file stays the source: source_path + char_start/char_end.
alter table salary_records add column statement varchar;   -- text[char_start:char_end]
alter table salary_records add column line bigint;         -- 1-based line of char_start
alter table quarantined_records add column statement varchar;
alter table quarantined_records add column line bigint;

update salary_records as r
set statement = substr(d.text, r.char_start + 1, r.char_end - r.char_start),
    line = length(substr(d.text, 1, r.char_start)) - length(replace(substr(d.text, 1, r.char_start), chr(10), '')) + 1
from documents as d
where d.document_id = r.document_id;

update quarantined_records as r
set statement = substr(d.text, r.char_start + 1, r.char_end - r.char_start),
    line = length(substr(d.text, 1, r.char_start)) - length(replace(substr(d.text, 1, r.char_start), chr(10), '')) + 1
from documents as d
where d.document_id = r.document_id;

alter table documents drop column text;
