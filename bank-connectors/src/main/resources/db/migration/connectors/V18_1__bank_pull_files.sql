-- The remote files an SFTP connection has fetched, by name, size and modification time: a file is fetched
-- once, a file replaced under the same name (other size or time) again. The statement keys dedup anyway;
-- this saves the transfer. outcome: IMPORTED, REFUSED (not a statement, unmapped account) or TOO_LARGE.
create table bank_pull_file (
    connection_id varchar(128)  not null references bank_connection (id) on delete cascade,
    name          varchar(512)  not null,
    size_bytes    bigint        not null,
    modified_at   timestamptz   not null,
    outcome       varchar(16)   not null,
    detail        varchar(500),
    pulled_at     timestamptz   not null,
    primary key (connection_id, name, size_bytes, modified_at)
);
