-- bank-connectors: statement ingestion and reconciliation (Flyway versions V4_0 .. V4_99).

-- Configuration: which ledger account mirrors a bank account in one currency (admin endpoint).
create table bank_account_mapping (
    bank_account        varchar(64)  not null,
    currency            char(3)      not null,
    ledger_account_id   varchar(128) not null,
    suspense_account_id varchar(128),
    -- where tolerated differences (bank fees, FX) are posted; null: no tolerance, such lines stay open
    difference_account_id varchar(128),
    updated_at          timestamptz  not null,
    primary key (bank_account, currency)
);

-- Written synchronously by the ingestion pipeline (connectors role): import progress, and the lookup
-- that lets an end-of-day statement retire the same day's intraday reports.
create table stmt_intake (
    statement_key     varchar(80)  primary key,
    bank_account      varchar(64)  not null,
    currency          char(3)      not null,
    message_type      varchar(16)  not null,
    closing_date      date,
    line_count        integer      not null,
    lines_done        integer      not null default 0,
    status            varchar(16)  not null,
    superseded_by     varchar(80),
    channel           varchar(16)  not null,
    received_at       timestamptz  not null,
    completed_at      timestamptz,
    failure           varchar(500)
);
create index stmt_intake_day_idx on stmt_intake (bank_account, currency, closing_date);

-- Webhook replay guard: a signature is accepted once (rows older than twice the tolerance are pruned).
create table stmt_webhook_delivery (
    signature   char(64)    primary key,
    received_at timestamptz not null
);
create index stmt_webhook_delivery_received_idx on stmt_webhook_delivery (received_at);

-- Ledger postings claimed by a match, so that no posting is matched twice even while the read models
-- lag behind the events. Written by the reconciliation engine and the manual match endpoint.
create table recon_claim (
    entry_id      varchar(128) not null,
    posting_index integer      not null,
    statement_key varchar(80)  not null,
    line_no       integer      not null,
    claimed_at    timestamptz  not null,
    primary key (entry_id, posting_index)
);
create index recon_claim_line_idx on recon_claim (statement_key, line_no);

-- Read models (projections role), rebuilt from events.
-- processing group: reconciliation-ledger-items (from JournalEntryPosted, PendingJournalEntryPosted)
create table recon_ledger_item (
    item_id        bigserial    primary key,
    entry_id       varchar(128) not null,
    posting_index  integer      not null,
    account_id     varchar(128) not null,
    signed_minor   bigint       not null,
    currency       char(3)      not null,
    effective_date date         not null,
    description    varchar(500),
    end_to_end_id  varchar(128),
    reference      varchar(128),
    origin         varchar(16)  not null,
    unique (entry_id, posting_index)
);
create index recon_ledger_item_account_idx on recon_ledger_item (account_id, effective_date);

-- processing group: statement-reconciliation (from the statement events)
create table recon_statement (
    statement_key     varchar(80)  primary key,
    bank_account      varchar(64)  not null,
    currency          char(3)      not null,
    message_type      varchar(16)  not null,
    format            varchar(32)  not null,
    statement_id      varchar(128),
    sequence          bigint,
    opening_minor     bigint,
    closing_minor     bigint,
    closing_date      date,
    line_count        integer      not null,
    ledger_account_id varchar(128) not null,
    superseded_by     varchar(80),
    received_at       timestamptz  not null,
    last_sequence     bigint       not null
);
create index recon_statement_account_idx on recon_statement (ledger_account_id, closing_date);

create table recon_line (
    statement_key     varchar(80)  not null,
    line_no           integer      not null,
    ledger_account_id varchar(128) not null,
    signed_minor      bigint       not null,
    currency          char(3)      not null,
    booking_date      date,
    value_date        date,
    reference         varchar(128),
    customer_reference varchar(128),
    end_to_end_id     varchar(128),
    counterparty      varchar(200),
    description       varchar(1000),
    status            varchar(16)  not null,
    items             jsonb,
    rule              varchar(32),
    score             integer,
    suspense_entry_id varchar(128),
    difference_entry_id varchar(128),
    decided_by        varchar(200),
    -- set when a person unmatched the line: the engine leaves it to people from then on
    manual_only       boolean      not null default false,
    recorded_at       timestamptz  not null,
    updated_at        timestamptz  not null,
    last_sequence     bigint       not null,
    primary key (statement_key, line_no)
);
-- the engine and the open-items query page through open lines in this order (keyset)
create index recon_line_open_idx on recon_line (ledger_account_id, (coalesce(booking_date, date '0001-01-01')),
    statement_key, line_no) where status in ('OPEN', 'SUSPENDED');

create table recon_decision (
    statement_key varchar(80)  not null,
    sequence      bigint       not null,
    line_no       integer      not null,
    kind          varchar(16)  not null,
    rule          varchar(32),
    score         integer,
    items         jsonb,
    manual        boolean      not null,
    actor         varchar(200),
    reason        varchar(500),
    decided_at    timestamptz  not null,
    primary key (statement_key, sequence)
);
