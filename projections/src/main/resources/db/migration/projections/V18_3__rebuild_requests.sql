-- Rebuilds coordinated across nodes (issue 16, docs/architecture.md "Rebuilds across nodes"): a rebuild is a
-- request row; every node with the projections role stops its processor of that name (releasing its segments),
-- and the first node to find no live claim on any segment rewinds every token in one transaction and stamps
-- reset_at; then every node starts the processor again. The row stays as the last rebuild's record: its
-- progress is read from here on any node (eventsTotal = head_at_start).
create table app_rebuild_request (
    processor_name varchar(255) primary key,
    requested_at   timestamptz  not null,
    requested_by   varchar(200) not null,
    head_at_start  bigint       not null,
    reset_at       timestamptz
);
