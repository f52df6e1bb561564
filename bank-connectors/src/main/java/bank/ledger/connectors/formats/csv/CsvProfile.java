package bank.ledger.connectors.formats.csv;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one bank's CSV export maps onto the statement model: header column names, date and number
 * formats, the sign convention, and which preamble lines carry the account, currency and balances.
 *
 * @param delimiter  the field separator, or 0 to sniff it (";", ",", tab, "|")
 * @param header     false for exports without a header line (columns are then "#1", "#2", ...);
 *                   such a profile is never recognised, it must be named
 * @param dateFormats the date patterns tried in order (strict: "31.02.2024" is no date)
 * @param decimalSeparator the decimal mark the bank uses, or 0 ("auto") to take the one the file's amounts
 *                   show; a number whose shape says otherwise is read by its shape and flagged
 * @param sign       SIGNED: one amount column, negative is a debit ("-1,00", "1,00-", "1,00 S");
 *                   INDICATOR: unsigned amount plus a credit/debit column; SPLIT: debit and credit columns
 * @param columns    model field to header names: alternatives separated by "|", several columns joined
 *                   with "+", a trailing "*" matches any header starting so, "#N" is the N-th column
 * @param preamble   statement field (account, currency, openingBalance, closingBalance, period) to the
 *                   labels of the lines before the header (or trailing lines) that carry it
 * @param pendingValues values of the status column that mean "not booked yet"
 * @param currency   the currency when neither a column, the amount, nor the preamble gives one
 * @param invertSign true for exports that show amounts from the bank's side (credit card accounts)
 * @param legacyCharset the encoding of a file that is not UTF-8 (Windows-1252, or Windows-1250 for Polish banks)
 */
public record CsvProfile(
        String name,
        char delimiter,
        char quote,
        boolean header,
        List<DateTimeFormatter> dateFormats,
        char decimalSeparator,
        Sign sign,
        Set<String> creditValues,
        Set<String> debitValues,
        Map<String, String> columns,
        Map<String, List<String>> preamble,
        Set<String> pendingValues,
        String currency,
        String account,
        boolean invertSign,
        Charset legacyCharset) {

    public enum Sign { SIGNED, INDICATOR, SPLIT }

    public CsvProfile {
        dateFormats = List.copyOf(dateFormats);
        columns = Map.copyOf(columns);
        preamble = Map.copyOf(preamble);
    }

    /** The same profile with the decimal mark found in the file (for profiles that leave it "auto"). */
    CsvProfile withDecimalSeparator(char mark) {
        return new CsvProfile(name, delimiter, quote, header, dateFormats, mark, sign, creditValues, debitValues, columns,
                preamble, pendingValues, currency, account, invertSign, legacyCharset);
    }

    /** The fields a row needs to become an entry. */
    List<String> requiredColumns() {
        return switch (sign) {
            case SIGNED -> List.of("bookingDate", "amount");
            case INDICATOR -> List.of("bookingDate", "amount", "creditDebit");
            case SPLIT -> List.of("bookingDate", "debit", "credit");
        };
    }

    /** Strict resolving: "31.02.2024" is no date, not silently 29 February; month names in English ("02 Jan 2024"). */
    static DateTimeFormatter dateFormat(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.strip().replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
