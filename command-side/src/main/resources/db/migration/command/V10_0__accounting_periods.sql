-- Accounting periods (issue 18): which dates are closed, read by every money-moving command in its own
-- transaction. A transaction-scoped advisory lock serialises a close against the entries being written:
-- an entry's check takes it shared (entries never wait for each other), a close or reopen exclusive (waits
-- for the entries in flight, and they wait for it); the one row of ledger_period_lock records when the
-- closed periods last changed. See docs/periods.md and JdbcPeriodLock.
create table ledger_period_lock (
    id         smallint    primary key check (id = 1),
    changed_at timestamptz not null default now()
);
insert into ledger_period_lock (id) values (1);

create table ledger_closed_period (
    period_id varchar(7)  primary key,
    first_day date        not null,
    last_day  date        not null check (last_day >= first_day),
    closed_at timestamptz not null default now()
);
create index ledger_closed_period_days on ledger_closed_period (first_day, last_day);
