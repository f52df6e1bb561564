-- Issue #3: the chart of accounts as a tree. Accounts opened before parents existed have none (null).
alter table rm_account add column parent_account_id varchar(128);
create index rm_account_parent_idx on rm_account (parent_account_id);
