-- Axon Framework 4.13 JDBC schema for PostgreSQL. Flyway owns it (Axon never creates tables here).
-- Payloads and tokens are bytea: Axon's generic DDL uses BLOB/OID, which PostgreSQL treats as large objects.
create sequence domain_event_entry_seq start with 1 increment by 1 cache 1;

create table domainevententry (
    globalindex         bigint       not null default nextval('domain_event_entry_seq') primary key,
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255),
    eventidentifier     varchar(255) not null unique,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    -- optimistic concurrency: two writers of one aggregate cannot both append sequence N
    unique (aggregateidentifier, sequencenumber)
);
-- Auditors read one type's history and time windows; processors read by globalindex (the primary key).
create index domainevententry_payloadtype_idx on domainevententry (payloadtype);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255) not null,
    eventidentifier     varchar(255) not null unique,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (aggregateidentifier, sequencenumber)
);

create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);

-- Sequenced dead-letter queue for event processors (JdbcSequencedDeadLetterQueue's default schema, bytea payloads).
create table deadletterentry (
    deadletteridentifier   varchar(255) not null primary key,
    processinggroup        varchar(255) not null,
    sequenceidentifier     varchar(255) not null,
    sequenceindex          bigint       not null,
    messagetype            varchar(255) not null,
    eventidentifier        varchar(255) not null,
    type                   varchar(255),
    aggregateidentifier    varchar(255),
    sequencenumber         bigint,
    timestamp              varchar(255) not null,
    payload                bytea        not null,
    payloadtype            varchar(255) not null,
    payloadrevision        varchar(255),
    metadata               bytea,
    tokentype              varchar(255),
    token                  bytea,
    enqueuedat             varchar(255) not null,
    lasttouched            varchar(255),
    processingstarted      varchar(255),
    causetype              varchar(255),
    causemessage           text,
    diagnostics            bytea,
    unique (processinggroup, sequenceidentifier, sequenceindex)
);
create index deadletterentry_group_idx on deadletterentry (processinggroup);
create index deadletterentry_sequence_idx on deadletterentry (processinggroup, sequenceidentifier);
