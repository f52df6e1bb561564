-- Read models built by the projections module. Each has a last_sequence column: the aggregate
-- sequence number of the newest event applied, so a redelivered or replayed event changes nothing.

-- processing group: account-balances
create table rm_account (
    account_id      varchar(128) primary key,
    code            varchar(64)  not null,
    name            varchar(200) not null,
    type            varchar(16)  not null,
    currency        char(3)      not null,
    status          varchar(16)  not null,
    debits_must_not_exceed_credits boolean not null,
    credits_must_not_exceed_debits boolean not null,
    metadata        jsonb        not null default '{}',
    debits_posted   bigint       not null default 0,
    credits_posted  bigint       not null default 0,
    debits_pending  bigint       not null default 0,
    credits_pending bigint       not null default 0,
    opened_at       timestamptz  not null,
    updated_at      timestamptz  not null,
    last_sequence   bigint       not null
);
create index rm_account_code_idx on rm_account (code);

-- processing group: journal-entries
create table rm_journal_entry (
    entry_id        varchar(128) primary key,
    status          varchar(16)  not null,
    effective_date  date         not null,
    description     varchar(500),
    postings        jsonb        not null,
    posted_postings jsonb        not null,
    metadata        jsonb        not null default '{}',
    reversal_of     varchar(128),
    reversed_by     varchar(128),
    recorded_at     timestamptz  not null,
    updated_at      timestamptz  not null,
    last_sequence   bigint       not null
);
create index rm_journal_entry_effective_idx on rm_journal_entry (effective_date);
