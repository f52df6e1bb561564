-- The monitor role: Prometheus' service account, which may read the metrics and nothing else.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('ADMIN', 'ACCOUNTANT', 'AUDITOR', 'INTEGRATOR', 'CONNECTOR', 'MONITOR'));
