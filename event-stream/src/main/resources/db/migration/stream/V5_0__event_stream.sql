-- Event stream for integrators (docs/event-stream.md): webhook subscriptions, their delivery outbox
-- with its dead letters, and replay subscriptions into consumers' own queues.

-- A webhook receives the events after from_position whose type and account match its filters
-- (an empty filter matches all). The secret signs bodies (HMAC-SHA256); it is shown once, at creation.
create table stream_webhook (
    webhook_id    varchar(64)   primary key,
    url           varchar(2000) not null,
    secret        varchar(128)  not null,
    event_types   jsonb         not null,
    account_ids   jsonb         not null,
    max_attempts  integer       not null check (max_attempts between 1 and 20),
    from_position bigint        not null,
    created_at    timestamptz   not null
);

-- processing group webhook-outbox writes one row per (webhook, event): idempotent through the unique key.
-- PENDING rows are due at next_attempt_at; DEAD rows are the webhook's dead letters until redelivered.
create table stream_webhook_delivery (
    delivery_id     bigserial     primary key,
    webhook_id      varchar(64)   not null references stream_webhook (webhook_id) on delete cascade,
    event_id        varchar(255)  not null,
    event_type      varchar(64)   not null,
    global_position bigint        not null,
    body            text          not null,
    status          varchar(16)   not null check (status in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_status     integer,
    last_error      varchar(500),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    unique (webhook_id, event_id)
);
create index stream_webhook_delivery_due_idx on stream_webhook_delivery (next_attempt_at) where status = 'PENDING';
create index stream_webhook_delivery_status_idx on stream_webhook_delivery (webhook_id, status, delivery_id);

-- A replay copies the stream from next_position on into the consumer's own queue, then follows it live.
-- It runs on the node whose amqp-publisher holds the stream (see ReplayRunner), so no lease is needed.
create table stream_replay (
    replay_id     varchar(64)   primary key,
    queue         varchar(200)  not null unique,
    event_types   jsonb         not null,
    account_ids   jsonb         not null,
    next_position bigint        not null,
    status        varchar(16)   not null check (status in ('RUNNING', 'CANCELLED')),
    last_error    varchar(500),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
