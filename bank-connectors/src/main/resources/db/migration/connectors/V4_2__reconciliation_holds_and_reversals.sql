-- bank-connectors: holds as reconciliation candidates (V4_1 is the reconciliation engine's own change).

-- processing group: reconciliation-ledger-items. A hold's PendingJournalEntryPosted carries neither its
-- description nor its metadata, so they are kept here from PendingJournalEntryRecorded until the hold is
-- posted (its postings then become recon_ledger_item rows) or voided; a pending hold is no candidate.
create table recon_pending_entry (
    entry_id      varchar(128) primary key,
    description   varchar(500),
    end_to_end_id varchar(128),
    reference     varchar(128),
    origin        varchar(16)  not null
);

-- recon_ledger_item.origin gains two values, set by the same processing group (no schema change):
-- 'reversed' for the postings of a ledger entry that was reversed, 'reversing' for the postings of the
-- entry that reverses it. Neither is a candidate: the pair nets to zero, and a re-posting of the same
-- amount must not look ambiguous next to the mistaken original.
