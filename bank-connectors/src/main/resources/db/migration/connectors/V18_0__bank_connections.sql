-- Bank pulls on a schedule, issue 16 (docs/connectors.md "Bank pulls"). One row per connection to a bank:
-- SFTP (host, port, user, remote folder, the pinned host key) or an account-information API (https URL,
-- account resource id, and the CA its TLS certificate must chain to when not a public one). Credentials are sealed with AES-256-GCM (credentials_key_id names the key of
-- ledger.bank-pulls.credential-keys), never stored or answered in clear. The scheduler's state is here too:
-- what the last run did and when the next is due (next_run_at moves back-off after failures). credential_names
-- lists which credentials are held (password, bearerToken, ...), for the API to say so without opening them.
create table bank_connection (
    id                   varchar(128) primary key,
    kind                 varchar(8)    not null check (kind in ('SFTP', 'API')),
    host                 varchar(253),
    port                 integer,
    username             varchar(128),
    remote_path          varchar(512),
    processed_path       varchar(512),
    host_key_fingerprint varchar(128),
    url                  varchar(2048),
    account_id           varchar(128),
    response_format      varchar(8),
    ca_certificate       text,
    schedule             varchar(128)  not null,
    credentials_key_id   varchar(64)   not null,
    credentials          bytea         not null,
    credential_names     varchar(200)  not null,
    enabled              boolean       not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    last_run_at          timestamptz,
    last_outcome         varchar(16),
    last_error           varchar(500),
    last_success_at      timestamptz,
    last_imported        integer,
    consecutive_failures integer       not null default 0,
    next_run_at          timestamptz   not null,
    booked_until         date
);
create index bank_connection_due on bank_connection (next_run_at) where enabled;
