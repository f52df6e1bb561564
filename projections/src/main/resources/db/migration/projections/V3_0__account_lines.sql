-- processing group: account-lines (issue #3, docs/read-models.md)
-- One row per AccountBalanceChanged: the journal lines of each account. The key is the account's
-- aggregate sequence number, so a redelivered or replayed event inserts nothing twice.
-- change_* are the entry's effect on the account; total_* the account's totals after it, in recorded
-- order (the running balance as the books were written). Statements ordered by effective date
-- compute their running balance from change_* at query time, so back-dated lines land in place.
create table rm_account_line (
    account_id             varchar(128) not null,
    sequence               bigint       not null,
    entry_id               varchar(128) not null,
    currency               char(3)      not null,
    effective_date         date         not null,
    recorded_at            timestamptz  not null,
    change_debits_posted   bigint       not null,
    change_credits_posted  bigint       not null,
    change_debits_pending  bigint       not null,
    change_credits_pending bigint       not null,
    total_debits_posted    bigint       not null,
    total_credits_posted   bigint       not null,
    total_debits_pending   bigint       not null,
    total_credits_pending  bigint       not null,
    actor                  text,
    channel                text,
    correlation_id         text,
    primary key (account_id, sequence)
);
-- statements, balance at a date: one account's lines in effective order
create index rm_account_line_effective_idx on rm_account_line (account_id, effective_date, sequence);
-- trial balance at a date: every account's lines up to the date
create index rm_account_line_date_idx on rm_account_line (effective_date);
create index rm_account_line_entry_idx on rm_account_line (entry_id);
create index rm_account_line_correlation_idx on rm_account_line (correlation_id);
