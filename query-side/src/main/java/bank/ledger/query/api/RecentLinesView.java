package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Recent lines in minor units, with the store that answered ({@code redis} or {@code postgresql}). */
public record RecentLinesView(String accountId, String currency, String source, List<Line> lines) {

    /** What one entry did to the account ({@code change}) and the totals after it. */
    public record Line(long sequence, String entryId, LocalDate effectiveDate, Instant recordedAt,
                       Totals change, Totals totals) {
    }

    public record Totals(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
    }
}
