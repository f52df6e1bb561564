-- Many statement lines to one ledger posting: a claim becomes a part of a posting, and a posting may be
-- shared by several lines as long as their parts add up to no more than the posting.

-- Claims made before this version took whole postings: their part is the posting's amount.
alter table recon_claim add column claimed_minor bigint;
update recon_claim c set claimed_minor = i.signed_minor
  from recon_ledger_item i where i.entry_id = c.entry_id and i.posting_index = c.posting_index;
delete from recon_claim where claimed_minor is null;
alter table recon_claim alter column claimed_minor set not null;
alter table recon_claim drop constraint recon_claim_pkey;
alter table recon_claim add primary key (entry_id, posting_index, statement_key, line_no);
-- the difference entry the claiming match posts (or null): a claim found stale after a crash has it reversed
alter table recon_claim add column difference_entry_id varchar(128);
-- the sweeper looks for old claims
create index recon_claim_claimed_idx on recon_claim (claimed_at);

-- The guard row of a posting: everything claimed of it, never more than the posting itself (same sign).
-- A claim is one conditional upsert on this row, so two lines, two nodes or an engine and a person
-- can never claim more of a posting than it holds.
create table recon_claim_total (
    entry_id      varchar(128) not null,
    posting_index integer      not null,
    posting_minor bigint       not null,
    claimed_minor bigint       not null,
    primary key (entry_id, posting_index),
    check (posting_minor <> 0 and abs(claimed_minor) <= abs(posting_minor)
           and (claimed_minor = 0 or sign(claimed_minor) = sign(posting_minor)))
);
-- a release leaves fully given-back postings at zero and deletes them through this index
create index recon_claim_total_empty_idx on recon_claim_total (entry_id) where claimed_minor = 0;
insert into recon_claim_total (entry_id, posting_index, posting_minor, claimed_minor)
  select c.entry_id, c.posting_index, sum(c.claimed_minor), sum(c.claimed_minor)
  from recon_claim c group by c.entry_id, c.posting_index;

-- How often a line was unmatched: the ids of the entries reconciliation posts for a line (suspense,
-- difference) carry it, so a line matched, unmatched and matched again never reuses an entry id.
alter table recon_line add column epoch integer not null default 0;

-- The engine looks up the other instalments of a payment by identifier among an account's open lines.
create index recon_line_open_e2e_idx on recon_line (ledger_account_id, end_to_end_id)
    where status in ('OPEN', 'SUSPENDED') and end_to_end_id is not null;
create index recon_line_open_reference_idx on recon_line (ledger_account_id, reference)
    where status in ('OPEN', 'SUSPENDED') and reference is not null;
create index recon_line_open_customer_reference_idx on recon_line (ledger_account_id, customer_reference)
    where status in ('OPEN', 'SUSPENDED') and customer_reference is not null;
