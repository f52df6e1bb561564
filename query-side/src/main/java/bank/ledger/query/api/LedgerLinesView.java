package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A page of general-ledger lines in minor units; {@code next} is null on the last page. */
public record LedgerLinesView(List<Line> lines, FindLedgerLines.Key next) {

    public record Line(FindLedgerLines.Key key, String entryId, String currency, Instant recordedAt,
                       String description, long debit, long credit, String actor, String channel,
                       String correlationId, Map<String, String> metadata) {
    }
}
