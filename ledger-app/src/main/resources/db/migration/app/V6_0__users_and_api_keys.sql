-- Who may use the ledger. Passwords are stored only as bcrypt hashes; API keys only as SHA-256 hashes
-- of their high-entropy secret (a slow hash adds nothing for 256 random bits and would cost every call).
create table app_user (
    username      varchar(64)  primary key,
    password_hash varchar(100),
    role          varchar(16)  not null check (role in ('ADMIN', 'ACCOUNTANT', 'AUDITOR', 'INTEGRATOR', 'CONNECTOR')),
    kind          varchar(8)   not null check (kind in ('PERSON', 'SERVICE')),
    enabled       boolean      not null default true,
    -- Seeded by the dev profile with a well-known password: the application refuses to start
    -- outside the dev profile while such a user exists.
    dev_seeded    boolean      not null default false,
    created_at    timestamptz  not null default now(),
    created_by    varchar(64)  not null,
    check (kind = 'SERVICE' or password_hash is not null)
);

create table app_api_key (
    key_id      varchar(32)  primary key,
    username    varchar(64)  not null references app_user (username),
    secret_hash char(64)     not null,
    created_at  timestamptz  not null default now(),
    created_by  varchar(64)  not null,
    revoked_at  timestamptz
);
create index app_api_key_by_user on app_api_key (username);
