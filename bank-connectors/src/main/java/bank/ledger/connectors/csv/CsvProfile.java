package bank.ledger.connectors.csv;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Set;

/**
 * How one bank's CSV export maps onto the statement model: delimiter, header column names, date and
 * number formats, and the sign convention.
 *
 * @param sign       SIGNED: one amount column, negative is a debit; INDICATOR: unsigned amount plus a
 *                   credit/debit column; SPLIT: separate debit and credit columns
 * @param columns    model field name to header name (bookingDate, valueDate, amount, creditDebit,
 *                   debit, credit, currency, account, reference, endToEndId, counterparty,
 *                   counterpartyAccount, description)
 * @param currency   the currency when no column gives it
 * @param invertSign true for exports that show amounts from the bank's side (credit card accounts)
 */
public record CsvProfile(
        String name,
        char delimiter,
        char quote,
        int skipLines,
        DateTimeFormatter dateFormat,
        char decimalSeparator,
        String groupingSeparator,
        Sign sign,
        Set<String> creditValues,
        Set<String> debitValues,
        Map<String, String> columns,
        String currency,
        String account,
        boolean invertSign) {

    public enum Sign { SIGNED, INDICATOR, SPLIT }

    /** Strict resolving: "31.02.2024" is an error, not silently 29 February. */
    static DateTimeFormatter dateFormat(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"))
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
