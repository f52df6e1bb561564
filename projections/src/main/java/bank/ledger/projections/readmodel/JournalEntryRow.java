package bank.ledger.projections.readmodel;

import bank.ledger.domain.entry.api.FxLeg;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One row of {@code rm_journal_entry}: an entry's status, lines (amounts in minor units) and rates ({@code fx}). */
public record JournalEntryRow(
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
        Instant updatedAt,
        List<FxLeg> fx) {
    public JournalEntryRow {
        fx = fx == null ? List.of() : List.copyOf(fx);
    }

    /** A line as the jsonb columns hold it (the domain's {@code Posting}). */
    public record Line(String accountId, String side, long amountMinor, String currency) {
    }
}
