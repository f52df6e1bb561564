-- Set-based rules no single aggregate can check: an id names one thing (an account or a journal entry),
-- and an account code is unique. Rows are written in the command's own transaction.
create table ledger_identity (
    id          varchar(128) primary key,
    kind        varchar(16)  not null check (kind in ('ACCOUNT', 'JOURNAL_ENTRY')),
    reserved_at timestamptz  not null default now()
);

create table ledger_account_code (
    code       varchar(64)  primary key,
    account_id varchar(128) not null unique references ledger_identity (id)
);
