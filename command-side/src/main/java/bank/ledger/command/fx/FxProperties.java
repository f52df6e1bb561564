package bank.ledger.command.fx;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Many currencies (docs/currencies.md). {@code reportingCurrency}: the currency of revaluations and of the
 * trial balance's conversion when a request names none (empty: the request must name one).
 * {@code revaluationAccountsMax}: foreign-currency accounts one revaluation run may touch (more is refused,
 * not cut short). {@code revaluationDaysMax}: days with movements read per account for its booked value.
 */
@ConfigurationProperties("ledger.fx")
public record FxProperties(@DefaultValue("") String reportingCurrency,
                           @DefaultValue("1000") int revaluationAccountsMax,
                           @DefaultValue("100000") int revaluationDaysMax) {
    public FxProperties {
        if (revaluationAccountsMax < 1 || revaluationDaysMax < 1) {
            throw new IllegalArgumentException("ledger.fx: revaluation-accounts-max and revaluation-days-max >= 1 (were "
                    + revaluationAccountsMax + ", " + revaluationDaysMax + ")");
        }
    }

    /** The request's currency, else the configured one, else null. */
    public String reportingCurrencyOr(String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        return reportingCurrency == null || reportingCurrency.isBlank() ? null : reportingCurrency;
    }
}
