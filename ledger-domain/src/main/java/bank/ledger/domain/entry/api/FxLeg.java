package bank.ledger.domain.entry.api;

import java.time.LocalDate;

/**
 * The exchange rate that joins two currencies of one journal entry: one unit of {@code baseCurrency}
 * is worth {@code rate} units of {@code quoteCurrency}. The rate is an exact decimal string (never a
 * double), {@code source} says where it came from (a rate table import, a dealer, a bank confirmation)
 * and {@code rateDate} the day it was quoted for.
 */
public record FxLeg(String baseCurrency, String quoteCurrency, String rate, String source, LocalDate rateDate) {
}
