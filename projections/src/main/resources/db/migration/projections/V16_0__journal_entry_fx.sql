-- Issue 18: the rates of an entry that spans currencies (JournalEntryPosted.fx: base, quote, rate, source,
-- rate date), so GET /api/v1/journal-entries/{id} answers them as the command did. An empty array for a
-- one-currency entry and for every row written before this column (a rebuild of journal-entries fills them).
alter table rm_journal_entry add column fx jsonb not null default '[]'::jsonb;
