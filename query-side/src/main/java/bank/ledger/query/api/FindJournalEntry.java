package bank.ledger.query.api;

public record FindJournalEntry(String entryId) {
}
