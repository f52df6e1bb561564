package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A journal entry as the read model knows it; lines in minor units. */
public record JournalEntryView(
        String entryId,
        String status,
        LocalDate effectiveDate,
        String description,
        List<Line> postings,
        List<Line> postedPostings,
        Map<String, String> metadata,
        String reversalOf,
        String reversedBy,
        Instant recordedAt,
        Instant updatedAt) {

    public record Line(String accountId, String side, long amountMinor, String currency) {
    }
}
