-- The console's list of bank statements, newest delivery first (issue 17): a keyset page walks this index.
create index if not exists stmt_intake_received_idx on stmt_intake (received_at desc, statement_key desc);
