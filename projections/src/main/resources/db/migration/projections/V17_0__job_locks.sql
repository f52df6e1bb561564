-- Issue 16 (docs/operations.md, "Scheduled jobs"): one row per single-node job, its lease and its last run.
-- A node runs the job only while it holds the lease: it takes a row whose locked_until has passed with one
-- atomic upsert, and gives it back at the end of the run (locked_until = now()). A node that dies holding
-- it blocks the job until locked_until, then any node takes over. PostgreSQL's clock decides, not the nodes'.
create table app_job_lock (
    name              varchar(64)  primary key,
    locked_until      timestamptz  not null,
    locked_at         timestamptz  not null,
    locked_by         varchar(200) not null,
    last_started_at   timestamptz,
    last_finished_at  timestamptz,
    last_outcome      varchar(16)  check (last_outcome in ('SUCCEEDED', 'FAILED')),
    last_error        varchar(500),
    last_succeeded_at timestamptz,
    next_run_at       timestamptz
);
