-- Four-eyes on the command (issue 10): an approval holds the ledger command itself (its type from a
-- fixed list and its JSON), not an HTTP request to replay; a role change holds {username, role}.
-- method and path stay, describing what was asked (the decoded path the command stands for).
alter table app_approval add column command_type varchar(64);
alter table app_approval add column command text;
-- Second-admin rule: who last gave a user their role, and when (creation counts as giving it).
alter table app_user add column role_given_by varchar(64);
alter table app_user add column role_given_at timestamptz;
update app_user set role_given_by = created_by, role_given_at = created_at where role_given_at is null;
