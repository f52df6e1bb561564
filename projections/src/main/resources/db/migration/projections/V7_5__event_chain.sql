-- Tamper evidence for auditors (docs/read-models.md, "Hash chain"): one link per stored event, in the
-- order the single-segment processor event-chain saw them (chain_position 1, 2, 3, ... without holes).
-- link_hash = SHA-256(previous link_hash, chain_position, event_digest); event_digest covers every column of
-- the event's domainevententry row as stored (payload and metadata bytes included). The two other digests
-- only say which part of a changed event changed. Rows are only ever inserted.
create table ledger_event_chain (
    chain_position   bigint       primary key check (chain_position >= 1),
    event_identifier varchar(255) not null unique,
    global_index     bigint       not null,
    event_digest     bytea        not null check (length(event_digest) = 32),
    payload_digest   bytea        not null check (length(payload_digest) = 32),
    metadata_digest  bytea        check (length(metadata_digest) = 32),
    link_hash        bytea        not null check (length(link_hash) = 32),
    chained_at       timestamptz  not null default now()
);
create index ledger_event_chain_global_index_idx on ledger_event_chain (global_index);

-- How far the processor has seen the event store (its gap-aware token, written with each batch): an event
-- at or below covered_index and not in covered_gaps was seen, so if no link names it, it was inserted later.
create table ledger_event_chain_progress (
    id            smallint    primary key check (id = 1),
    covered_index bigint      not null,
    covered_gaps  bigint[]    not null,
    updated_at    timestamptz not null default now()
);
