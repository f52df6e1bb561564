package bank.ledger.domain.fx.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Rates were imported into the rate table; each import is one event (docs/currencies.md). */
@Revision("1")
public record FxRatesImported(
        String importId,
        String source,
        String format,
        List<FxRateQuote> rates,
        String requestFingerprint,
        Instant importedAt) {
}
