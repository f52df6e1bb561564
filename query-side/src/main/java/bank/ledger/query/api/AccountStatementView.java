package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of a statement, amounts in minor units. Balances are on the account's normal side (debit for
 * assets and expenses, credit otherwise). {@code opening}, {@code closing} and the period totals cover
 * the whole period, whatever the page; {@code pageOpening} is the running balance before the first
 * line of this page. {@code next} is null on the last page.
 */
public record AccountStatementView(
        String accountId,
        String type,
        String currency,
        LocalDate from,
        LocalDate to,
        Instant asKnownAt,
        long opening,
        long periodDebits,
        long periodCredits,
        long closing,
        long pageOpening,
        List<Line> lines,
        LineKey next) {

    /** A posted movement; {@code runningBalance} is the balance after it, in effective-date order. */
    public record Line(LineKey key, String entryId, LocalDate effectiveDate, Instant recordedAt, String description,
                       long debit, long credit, long runningBalance, String actor, String channel,
                       String correlationId) {
    }
}
