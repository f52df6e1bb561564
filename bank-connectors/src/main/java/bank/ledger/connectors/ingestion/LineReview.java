package bank.ledger.connectors.ingestion;

import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.util.List;

/**
 * Which lines a person must match rather than the reconciliation engine: those whose amount in the
 * account's currency is not what the bank moved. The engine matches by amount in minor units, so it
 * would match a rounded or guessed figure as if it were exact.
 * <ul>
 *   <li>{@code noAccountAmount}: the camt reader found no amount in the account's currency and recorded 0;</li>
 *   <li>{@code excessDecimals}: the minor units are rounded (half-even) from the exact amount;</li>
 *   <li>{@code unknownCurrency}: the amount was read with two decimals of a currency the ledger does not know;</li>
 *   <li>{@code foreignCurrency}: the entry is in another currency and the bank gave no counter-value in the
 *       account's currency. With a counter-value the engine matches on it, as the bank booked it.</li>
 * </ul>
 * Every other warning leaves the line to the engine (docs/connectors.md has the table).
 */
final class LineReview {
    /** In the order a person should read them: the first that applies is the line's reason. */
    private static final List<String> AMOUNT_NOT_EXACT = List.of(WarningCodes.NO_ACCOUNT_AMOUNT,
            WarningCodes.UNKNOWN_CURRENCY, WarningCodes.EXCESS_DECIMALS);

    private LineReview() {
    }

    /** The warning code for which a person must match the line, or null when the engine may. */
    static String reason(Entry entry, String accountCurrency) {
        for (String code : AMOUNT_NOT_EXACT) {
            for (Warning warning : entry.warnings()) {
                if (warning.code().equals(code)) {
                    return code;
                }
            }
        }
        if (entry.currency() != null && !entry.currency().equals(accountCurrency) && !hasCounterValue(entry, accountCurrency)) {
            return WarningCodes.FOREIGN_CURRENCY;
        }
        return null;
    }

    private static boolean hasCounterValue(Entry entry, String accountCurrency) {
        return entry.amountDetails().stream().anyMatch(d -> d.amount() != null && accountCurrency.equals(d.currency()));
    }
}
