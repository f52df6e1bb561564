package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.CreditDebit;
import java.math.BigDecimal;

/**
 * ":61:" statement line, 6!n[4!n]2a[1!a]15d1!a3!c16x[//16x] plus an optional 34x supplementary line, read by
 * a cursor rather than one pattern so that each deviation banks make is tolerated on its own: spaces between
 * sub-fields, a blank entry date, the funds code letter, amounts without decimals or with leading zeros, a
 * missing transaction type. Dates are left as text here; the statement resolves them (it knows its date).
 */
final class Field61Parser {
    /** What ":61:" says; the ":86:" that follows is merged in later. {@code typeCode} is null when absent. */
    record Line(String valueDate, String entryDate, String mark, CreditDebit creditDebit, boolean reversal,
                BigDecimal amount, String typeCode, String customerReference, String bankReference,
                String supplementary) {
    }

    private Field61Parser() {
    }

    /** The line, or null when it cannot be read as one (no value date, no mark, no amount). */
    static Line parse(MtField field) {
        String text = field.lines().get(0).strip();
        int i = 0;
        if (!SwiftValues.isDigits(text, 0, 6)) {
            return null;
        }
        String value = text.substring(0, 6);
        i = skipSpaces(text, 6);
        String entry = null;
        if (SwiftValues.isDigits(text, i, i + 4) && !SwiftValues.isDigits(text, i + 4, i + 5)) {
            entry = text.substring(i, i + 4);
            i = skipSpaces(text, i + 4);
        }
        String mark = mark(text, i);
        if (mark == null) {
            return null;
        }
        i += mark.length();
        if (i + 1 < text.length() && Character.isLetter(text.charAt(i))
                && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == ' ')) {
            i++; // funds code: the third letter of the currency code, implied by the statement
        }
        i = skipSpaces(text, i);
        int start = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ','
                || text.charAt(i) == '.' || text.charAt(i) == ' ' && SwiftValues.isDigits(text, i + 1, i + 2))) {
            i++;
        }
        BigDecimal amount = SwiftValues.amount(text.substring(start, i));
        if (amount == null) {
            return null;
        }
        String rest = text.substring(skipSpaces(text, i));
        String type = null;
        if (rest.length() >= 4 && "NSF".indexOf(rest.charAt(0)) >= 0 && isCode(rest.substring(1, 4))
                && !rest.startsWith("NONREF")) {
            type = rest.substring(0, 4);
            rest = rest.substring(4);
        }
        int split = rest.indexOf("//");
        return new Line(value, entry, mark, direction(mark), mark.startsWith("R"), amount, type,
                reference(split < 0 ? rest : rest.substring(0, split)),
                reference(split < 0 ? null : rest.substring(split + 2)), supplementary(field));
    }

    /** C, D, RC, RD (reversals), EC, ED (expected, in MT942). */
    private static String mark(String text, int i) {
        for (String mark : new String[] {"RC", "RD", "EC", "ED", "C", "D"}) {
            if (text.startsWith(mark, i)) {
                return mark;
            }
        }
        return null;
    }

    /** RC is the reversal of a credit, so it takes money out: it acts on the account as a debit. */
    private static CreditDebit direction(String mark) {
        return mark.endsWith("C") ^ mark.startsWith("R") ? CreditDebit.CRDT : CreditDebit.DBIT;
    }

    private static boolean isCode(String text) {
        return text.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String supplementary(MtField field) {
        if (field.lines().size() < 2) {
            return null;
        }
        String joined = String.join(" ", field.lines().subList(1, field.lines().size())).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String reference(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        return value.isEmpty() || value.equals("NONREF") ? null : value;
    }
}
