-- Maker-checker: a risky request waits here until a second person approves (or rejects) it. The stored
-- request is replayed exactly as the maker sent it; its HTTP status is kept for the audit trail.
create table app_approval (
    approval_id   varchar(36)   primary key,
    method        varchar(8)    not null,
    path          varchar(512)  not null,
    body          text,
    reason        varchar(64)   not null,
    requested_by  varchar(64)   not null,
    requested_role varchar(16)  not null,
    requested_at  timestamptz   not null default now(),
    status        varchar(10)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by    varchar(64),
    decided_at    timestamptz,
    -- the HTTP status the approved request answered (its effects are in the events)
    result_status int,
    check (status = 'PENDING' or decided_by is not null)
);
create index app_approval_pending on app_approval (requested_at) where status = 'PENDING';
