-- Payments out (docs/payments.md). payment and payment_history are the read model of the payment
-- events (processing group "payments", rebuilt by replay); payment_batch, payment_batch_item and
-- payment_status_report are the connectors' own records of the files exchanged with the bank.
create table payment (
    payment_id              varchar(100) primary key,
    account_id              varchar(128) not null,
    clearing_account_id     varchar(128) not null,
    hold_entry_id           varchar(128) not null,
    amount_minor            bigint       not null,
    currency                char(3)      not null,
    debtor_name             varchar(140) not null,
    debtor_iban             varchar(34)  not null,
    debtor_bic              varchar(11),
    creditor_name           varchar(140) not null,
    creditor_iban           varchar(34)  not null,
    creditor_bic            varchar(11),
    requested_execution_date date        not null,
    remittance_information  varchar(140),
    end_to_end_id           varchar(35)  not null,
    status                  varchar(16)  not null,
    batch_id                varchar(128),
    message_id              varchar(35),
    reason_code             varchar(35),
    reason_text             varchar(500),
    initiated_at            timestamptz  not null,
    updated_at              timestamptz  not null,
    last_sequence           bigint       not null
);
create index payment_to_batch on payment (debtor_iban, initiated_at) where status = 'INITIATED';
create index payment_by_account on payment (account_id, initiated_at);

create table payment_history (
    payment_id    varchar(100) not null,
    sequence      bigint       not null,
    event_type    varchar(32)  not null,
    status        varchar(16)  not null,
    batch_id      varchar(128),
    report_id     varchar(35),
    status_code   varchar(4),
    reason_code   varchar(35),
    reason_text   varchar(500),
    statement_key varchar(80),
    line_no       integer,
    actor         varchar(200),
    occurred_at   timestamptz  not null,
    primary key (payment_id, sequence)
);

create table payment_batch (
    batch_id       varchar(128) primary key,
    message_id     varchar(35)  not null unique,
    payment_count  integer      not null,
    control_sum    varchar(40)  not null,
    content        bytea        not null,
    content_sha256 char(64)     not null,
    created_by     varchar(200),
    created_at     timestamptz  not null
);

create table payment_batch_item (
    batch_id               varchar(128) not null references payment_batch (batch_id),
    instruction_id         varchar(35)  not null,
    payment_id             varchar(100) not null,
    payment_information_id varchar(35)  not null,
    end_to_end_id          varchar(35)  not null,
    primary key (batch_id, instruction_id)
);
create index payment_batch_item_payment on payment_batch_item (payment_id);

create table payment_status_report (
    content_sha256      char(64)     primary key,
    report_id           varchar(35)  not null,
    original_message_id varchar(35)  not null,
    accepted            integer      not null,
    rejected            integer      not null,
    undecided           integer      not null,
    received_by         varchar(200),
    received_at         timestamptz  not null
);
