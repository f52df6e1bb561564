package bank.ledger.connectors.mt;

import bank.ledger.connectors.statement.Amounts;
import bank.ledger.connectors.statement.CreditDebit;
import bank.ledger.connectors.statement.Problems;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ":61:" statement line, 6!n[4!n]2a[1!a]15d1!a3!c16x[//16x] plus an optional 34x second line. Parsed
 * here rather than by Prowide's Field61 because Prowide accepts malformed lines silently, and the
 * ledger must report them, and because Prowide keeps the entry date without its year.
 */
final class Field61Parser {
    private static final Pattern LINE = Pattern.compile(
            "^(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d[\\d,]*)([NFS][A-Z0-9]{3})(.*)$");

    /** What ":61:" says; the ":86:" that follows is merged in later. */
    record Line(long amountMinor, CreditDebit creditDebit, boolean reversal, LocalDate valueDate,
                LocalDate bookingDate, String typeCode, String customerReference, String bankReference,
                String supplementary) {
    }

    private Field61Parser() {
    }

    static Line parse(MtField field, String currency, Problems problems) {
        String text = field.first();
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            problems.add(field.line(), ":61: does not match value date YYMMDD, optional entry date MMDD,"
                    + " mark C/D/RC/RD, optional funds code, amount, type code such as NTRF and reference: "
                    + Amounts.quote(text));
            return null;
        }
        LocalDate value = SwiftValues.date(m.group(1), ":61: value date", field.line(), problems);
        LocalDate booking = value == null || m.group(2) == null ? value
                : SwiftValues.entryDate(m.group(2), value, field.line(), problems);
        Long amount = SwiftValues.amount(m.group(5), currency, ":61: amount", field.line(), problems);
        if (value == null || booking == null || amount == null) {
            return null;
        }
        String mark = m.group(3);
        // RC is the reversal of a credit, so it takes money out: it acts on the account as a debit.
        CreditDebit direction = mark.endsWith("C") ^ mark.startsWith("R") ? CreditDebit.CRDT : CreditDebit.DBIT;
        String supplementary = field.lines().size() > 1 ? String.join(" ", field.lines().subList(1,
                field.lines().size())).strip() : null;
        // The owner's reference runs up to "//", the bank's reference follows it.
        String references = m.group(7);
        int split = references.indexOf("//");
        return new Line(amount, direction, mark.startsWith("R"), value, booking, m.group(6),
                reference(split < 0 ? references : references.substring(0, split)),
                reference(split < 0 ? null : references.substring(split + 2)),
                supplementary == null || supplementary.isEmpty() ? null : supplementary);
    }

    private static String reference(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        return value.isEmpty() || value.equals("NONREF") ? null : value;
    }
}
