package bank.ledger.command.period.yearend;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Year-end closing (docs/periods.md). {@code accountsMax}: income and expense accounts (with a non-zero year)
 * one closing entry may zero, per currency; more is refused ({@code tooManyAccounts}), never cut short. At
 * most 499: a journal entry has at most 500 postings, one of them retained earnings.
 */
@ConfigurationProperties("ledger.year-end")
public record YearEndProperties(@DefaultValue("499") int accountsMax) {
    public static final int ACCOUNTS_MAX_LIMIT = 499;

    public YearEndProperties {
        if (accountsMax < 1 || accountsMax > ACCOUNTS_MAX_LIMIT) {
            throw new IllegalArgumentException("ledger.year-end.accounts-max is between 1 and " + ACCOUNTS_MAX_LIMIT
                    + " (was " + accountsMax + ")");
        }
    }
}
