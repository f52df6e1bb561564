-- Payments out, issue 18 follow-up (docs/payments.md "Listing payments", "Settled by a statement line").
-- The list is keyset-paged by (initiated_at, payment_id), optionally of one status or one paying account;
-- the reconciliation engine looks the payments of a bank ledger account up by end-to-end id.
drop index payment_by_account;
create index payment_list on payment (initiated_at, payment_id);
create index payment_list_by_account on payment (account_id, initiated_at, payment_id);
create index payment_list_by_status on payment (status, initiated_at, payment_id);
create index payment_by_end_to_end_id on payment (clearing_account_id, end_to_end_id)
    where status in ('BATCHED', 'ACCEPTED', 'SETTLED');
