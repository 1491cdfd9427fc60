-- Schema version 5: every euro amount is accounted for, and records know their Bundesland.
-- skipped_amounts holds each euro amount of a live document that became no record, with
-- the reason (a steward-readable code); with salary_records and quarantined_records it
-- accounts for every euro amount of every text. Rows follow their document's records:
-- replaced when the document is re-extracted, removed when it is retired.

create table if not exists skipped_amounts (
    document_id varchar not null,
    run_id      varchar not null,           -- the run that extracted the document
    char_start  bigint not null,            -- offsets into the decoded text, like records
    char_end    bigint not null,
    mention     varchar not null,           -- text[char_start:char_end]
    reason      varchar not null            -- net_pay, raise_or_difference, price_or_fee, ...
);

-- Bundesland of the record's city (gazetteer), or the Bundesland the text names;
-- NULL where unknown or national.
alter table salary_records add column state varchar;
alter table quarantined_records add column state varchar;
