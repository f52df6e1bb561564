package bank.ledger.connectors.formats.csv;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts as banks print them, read exactly by text manipulation (never through double or NumberFormat):
 * "-1.234,56", "1,234.56", "1 234,56", "1'234.56", "1.234,56-", "(12.50)", "123,45 S" / "123,45 H"
 * (German Soll/Haben), "12.00 CR" / "DR", "+7", "−5", with a currency code before or after ("1 000,00 PLN").
 */
final class CsvNumbers {
    private static final int MAX_DIGITS = 40;
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern BLANKS = Pattern.compile("[\\s\u00A0\u202F\u2009'\u2019]");
    private static final Pattern DIGITS_AND_MARKS = Pattern.compile("[0-9.,]*[0-9][0-9.,]*");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
    private static final Pattern NOT_DIGIT_OR_MARK = Pattern.compile("[^0-9.,]");

    /** An amount read from a cell: signed, the currency written beside it (or null), whether the mark was guessed. */
    record CsvAmount(BigDecimal value, String currency, boolean markGuessed) {
    }

    private CsvNumbers() {
    }

    /** The amount in {@code text}, or null when it is no number. {@code decimalMark} is what the profile expects. */
    static CsvAmount parse(String text, char decimalMark) {
        if (text.length() > 2 * MAX_DIGITS) {
            return null; // no amount is that long; and no regex runs over a megabyte of junk
        }
        String s = text.strip().replace('\u2212', '-').replace('\u2013', '-');
        String currency = null;
        if (s.length() > 3 && CODE.matcher(s.substring(s.length() - 3)).matches()) {
            currency = s.substring(s.length() - 3);
            s = s.substring(0, s.length() - 3).strip();
        } else if (s.length() > 3 && CODE.matcher(s.substring(0, 3)).matches()) {
            currency = s.substring(0, 3);
            s = s.substring(3).strip();
        }
        int sign = 1;
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CR") || upper.endsWith("DR")) {
            sign = upper.endsWith("DR") ? -1 : 1;
            s = s.substring(0, s.length() - 2).strip();
        } else if (upper.endsWith("S") || upper.endsWith("H")) {
            sign = upper.endsWith("S") ? -1 : 1;
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) {
            sign = -sign;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith("-") || s.endsWith("+")) {
            sign = s.endsWith("-") ? -sign : sign;
            s = s.substring(0, s.length() - 1).strip();
        } else if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.startsWith("-") ? -sign : sign;
            s = s.substring(1).strip();
        }
        // Spaces, no-break spaces and apostrophes only ever group digits.
        s = BLANKS.matcher(s).replaceAll("");
        if (s.length() > MAX_DIGITS || !DIGITS_AND_MARKS.matcher(s).matches()) {
            return null;
        }
        return plain(s, decimalMark, sign, currency);
    }

    /** Digits with dots and commas: which one is the decimal mark, and are the groups of three. */
    private static CsvAmount plain(String s, char decimalMark, int sign, String currency) {
        int dots = count(s, '.');
        int commas = count(s, ',');
        char mark;
        boolean guessed = false;
        if (dots > 0 && commas > 0) {
            mark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            guessed = mark != decimalMark;
        } else if (dots + commas == 0) {
            mark = decimalMark;
        } else {
            char only = dots > 0 ? '.' : ',';
            int after = s.length() - s.indexOf(only) - 1;
            boolean groupShape = dots + commas > 1 || after == 3 && !s.startsWith("0" + only);
            if (only == decimalMark && dots + commas == 1) {
                mark = only;
            } else if (groupShape) {
                mark = only == '.' ? ',' : '.';
                guessed = only == decimalMark;
            } else {
                mark = only;
                guessed = true;
            }
        }
        char grouping = mark == '.' ? ',' : '.';
        int at = s.indexOf(mark);
        if (at >= 0 && s.indexOf(mark, at + 1) >= 0) {
            return null;
        }
        String integer = at < 0 ? s : s.substring(0, at);
        String fraction = at < 0 ? "" : s.substring(at + 1);
        if (integer.indexOf(grouping) >= 0 && !GROUPED.matcher(integer).matches()) {
            return null;
        }
        integer = integer.replace(String.valueOf(grouping), "");
        if (fraction.indexOf(grouping) >= 0 || integer.isEmpty() && fraction.isEmpty()) {
            return null;
        }
        BigDecimal value = new BigDecimal((integer.isEmpty() ? "0" : integer) + (fraction.isEmpty() ? "" : "." + fraction));
        return new CsvAmount(sign < 0 ? value.negate() : value, currency, guessed);
    }

    /**
     * The decimal mark an amount's text proves, or 0 when it proves none: with both "." and "," the last is
     * the mark; a single separator not followed by exactly three digits is the mark ("1,5", "12.50").
     */
    static char evidence(String text) {
        if (text.length() > 2 * MAX_DIGITS) {
            return 0;
        }
        String s = NOT_DIGIT_OR_MARK.matcher(text).replaceAll("");
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            return dot > comma ? '.' : ',';
        }
        int at = Math.max(dot, comma);
        if (at < 0 || count(s, s.charAt(at)) > 1) {
            return 0;
        }
        return s.length() - at - 1 == 3 ? 0 : s.charAt(at);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
