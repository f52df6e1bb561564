-- Operators' decisions on the dead letters of the projections (docs/read-models.md, "Dead letters"): who retried
-- or skipped which event of which processing group, when, why, and what came of it. An audit table, not a ledger
-- event: a decision about derived data is no fact of the ledger, and an event would itself be projected by the
-- very processors it is about (and published to integrators). Rows are only ever inserted.
create table projection_dead_letter_decision (
    decision_id      bigserial     primary key,
    processing_group varchar(255)  not null,
    dead_letter_id   varchar(255)  not null,
    event_id         varchar(255)  not null,
    event_type       varchar(255)  not null,
    aggregate_id     varchar(255),
    sequence_number  bigint,
    decision         varchar(16)   not null check (decision in ('RETRY', 'SKIP')),
    outcome          varchar(16)   not null check (outcome in ('RESOLVED', 'STILL_FAILING', 'SKIPPED')),
    reason           varchar(500),
    cause            text,
    decided_by       varchar(200)  not null,
    decided_at       timestamptz   not null
);
create index projection_dead_letter_decision_group_idx on projection_dead_letter_decision (processing_group, decided_at);
