-- salary-etl warehouse, schema version 1.
-- Amounts are gross euros (EUR) with cents: DECIMAL(12,2).
-- Character offsets (char_start, char_end) index the decoded text of the document:
-- the statement is text[char_start:char_end].

create table if not exists documents (
    document_id       varchar primary key,  -- sha256 hex of the raw bytes
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
    text              varchar               -- the decoded text (NULL when rejected)
);

create table if not exists salary_records (
    record_id         varchar primary key,  -- '<first 16 hex of document_id>:<char_start>-<char_end>'
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
    extractor_version varchar not null
);

create table if not exists quarantined_records (
    record_id         varchar primary key,
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
    failed_checks     varchar not null      -- comma-separated names of the failed error checks
);

create table if not exists validation_failures (
    run_id        varchar not null,
    document_id   varchar,
    record_id     varchar,                  -- NULL for document-level failures
    check_name    varchar not null,
    severity      varchar not null,         -- error | warning
    column_name   varchar,
    failure_value varchar,
    message       varchar not null
);

create table if not exists etl_runs (
    run_id              varchar primary key,
    flow_run_id         varchar,
    started_at          timestamptz not null,
    finished_at         timestamptz not null,
    status              varchar not null,   -- completed | completed_with_failures
    documents_seen      integer not null,
    documents_new       integer not null,
    documents_changed   integer not null,
    documents_unchanged integer not null,
    documents_deleted   integer not null,
    documents_rejected  integer not null,
    records_loaded      integer not null,
    records_quarantined integer not null,
    warnings            integer not null,
    extractor_version   varchar not null
);
