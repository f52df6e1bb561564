package bank.ledger.domain.fx.api;

import java.time.LocalDate;

/** One rate of the table: from {@code effectiveDate} on, one {@code base} is worth {@code rate} {@code quote}. */
public record FxRateQuote(String base, String quote, String rate, LocalDate effectiveDate) {
}
