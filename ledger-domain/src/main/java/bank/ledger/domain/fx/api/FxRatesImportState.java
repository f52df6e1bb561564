package bank.ledger.domain.fx.api;

import java.time.Instant;

/** What an import recorded; {@code replayed} is true when the command was a retry that changed nothing. */
public record FxRatesImportState(String importId, String source, String format, int rates, Instant importedAt,
                                 boolean replayed) {
}
