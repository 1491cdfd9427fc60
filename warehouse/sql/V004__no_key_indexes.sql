-- Schema version 4: the large tables keep no primary-key index.
-- DuckDB holds a key index in memory, and the index of rows written inside an open
-- transaction cannot spill: a run of a million documents (one transaction) outgrew any
-- bounded memory. Keys stay unique by construction (documents by content hash, records by
-- document and span) and every run verifies them before it commits (load.RunWriter.finish).
-- DuckDB cannot drop a key constraint, so the tables are rebuilt with the same columns.

create table documents_v4 (
    document_id       varchar not null,     -- sha256 hex of the raw bytes (unique)
    source_path       varchar not null,     -- relative to the raw folder, '/'-separated
    title             varchar,              -- first line of the text
    occupation        varchar,              -- from the header 'Beruf <occupation> in <city>'
    city              varchar,
    byte_size         bigint,
    encoding          varchar,              -- utf-8, utf-8-sig, utf-16, cp1252, latin-1
    status            varchar not null,     -- loaded | rejected | deleted
    first_seen_run    varchar not null,
    last_seen_run     varchar not null,
    mtime_ns          bigint,               -- file modification time when last read
    extractor_version varchar,              -- version that produced this document's records
    reject_reason     varchar               -- check name of a rejected document's failure
);
insert into documents_v4 by name (select * from documents);
drop table documents;
alter table documents_v4 rename to documents;

create table salary_records_v4 (
    record_id         varchar not null,     -- '<first 16 hex of document_id>:<char_start>-<char_end>' (unique)
    document_id       varchar not null,
    run_id            varchar not null,
    occupation        varchar,
    city              varchar,
    seniority         varchar not null,     -- entry | experienced | lead | unspecified
    period            varchar not null,     -- month | year | hour, as stated
    period_inferred   boolean not null,     -- true: no period word, inferred from magnitude
    amount_min        decimal(12, 2),       -- as stated; NULL when the text gives no lower bound
    amount_max        decimal(12, 2),       -- as stated; NULL when the text gives no upper bound
    currency          varchar not null,     -- EUR
    monthly_min       decimal(12, 2),       -- normalised to a month
    monthly_max       decimal(12, 2),
    annual_min        decimal(12, 2),       -- normalised to a year
    annual_max        decimal(12, 2),
    is_open_ended     boolean not null,
    is_approximate    boolean not null,
    evidence          varchar not null,     -- the sentence holding the statement
    char_start        bigint not null,
    char_end          bigint not null,
    extractor_version varchar not null,
    statement         varchar,              -- text[char_start:char_end]
    line              bigint                -- 1-based line of char_start
);
insert into salary_records_v4 by name (select * from salary_records);
drop table salary_records;
alter table salary_records_v4 rename to salary_records;

create table quarantined_records_v4 (
    record_id         varchar not null,     -- unique
    document_id       varchar not null,
    run_id            varchar not null,
    occupation        varchar,
    city              varchar,
    seniority         varchar,
    period            varchar,
    period_inferred   boolean,
    amount_min        decimal(12, 2),
    amount_max        decimal(12, 2),
    currency          varchar,
    monthly_min       decimal(12, 2),
    monthly_max       decimal(12, 2),
    annual_min        decimal(12, 2),
    annual_max        decimal(12, 2),
    is_open_ended     boolean,
    is_approximate    boolean,
    evidence          varchar,
    char_start        bigint,
    char_end          bigint,
    extractor_version varchar,
    failed_checks     varchar not null,     -- comma-separated names of the failed error checks
    statement         varchar,
    line              bigint
);
insert into quarantined_records_v4 by name (select * from quarantined_records);
drop table quarantined_records;
alter table quarantined_records_v4 rename to quarantined_records;
