-- processing group: schedules (issue 18, docs/schedules.md)
-- One row per schedule: what it posts (definition, as created), its status and its next occurrence.
-- next_due_on is null when the schedule has no further occurrence (past its end date).
create table rm_schedule (
    schedule_id      varchar(128) primary key,
    kind             varchar(32)  not null,
    status           varchar(16)  not null,
    description      text         not null,
    definition       jsonb        not null,
    next_occurrence  bigint       not null,
    next_period_key  varchar(10),
    next_due_on      date,
    status_reason    text,
    created_at       timestamptz  not null,
    created_by       text,
    updated_at       timestamptz  not null,
    last_sequence    bigint       not null
);
-- the scheduler's tick: active schedules due by a date
create index rm_schedule_due_idx on rm_schedule (next_due_on, schedule_id) where status = 'ACTIVE';

-- One row per recorded occurrence: the entry it posted or why it was skipped. The key is the occurrence,
-- so a redelivered or replayed event inserts nothing twice.
create table rm_schedule_run (
    schedule_id    varchar(128) not null,
    occurrence     bigint       not null,
    period_key     varchar(10)  not null,
    effective_date date,
    entry_id       varchar(128),
    skip_reason    varchar(64),
    amount         bigint       not null,
    carry          text,
    recorded_at    timestamptz  not null,
    actor          text,
    channel        text,
    primary key (schedule_id, occurrence)
);
