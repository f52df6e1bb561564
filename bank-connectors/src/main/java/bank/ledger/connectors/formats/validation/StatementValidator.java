package bank.ledger.connectors.formats.validation;

import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Totals;
import bank.ledger.connectors.formats.validation.ValidationIssue.Severity;
import bank.ledger.connectors.formats.model.Amounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks statements in the order given: each one adds up (opening + booked entries = closing, stated
 * totals match the entries), each end-of-day statement opens where the previous one for the account
 * closed, and statement numbers run without gaps.
 */
public final class StatementValidator {
    private record Seen(ParsedFile file, Statement statement) {
    }

    private final List<ValidationIssue> issues = new ArrayList<>();
    private final Map<String, Seen> previous = new HashMap<>();

    public static List<ValidationIssue> validate(List<ParsedFile> files) {
        StatementValidator validator = new StatementValidator();
        for (ParsedFile file : files) {
            for (int i = 0; i < file.statements().size(); i++) {
                validator.check(file, i, file.statements().get(i));
            }
        }
        return List.copyOf(validator.issues);
    }

    private void check(ParsedFile file, int index, Statement s) {
        try {
            checkBalance(file, index, s);
            checkTotals(file, index, s);
        } catch (ArithmeticException overflow) {
            // Sums beyond a long are no real statement; say so rather than crash.
            add(file, index, s, Severity.ERROR, "AMOUNT_OVERFLOW", "the entries' sum exceeds the representable range");
        }
        if (s.account() == null || s.account().id() == null) {
            return;
        }
        // Numbering and chaining are per account, currency and message type (an MT942 has its own).
        String key = s.account().id() + "|" + s.currency() + "|" + s.format().replaceFirst("\\.001\\.\\d+$", "");
        Seen before = previous.put(key, new Seen(file, s));
        if (before != null) {
            checkChain(file, index, before.statement(), s);
            checkSequence(file, index, before.statement(), s);
        }
    }

    private void checkBalance(ParsedFile file, int index, Statement s) {
        if (s.openingBalance() == null || s.closingBalance() == null) {
            return;
        }
        long total = s.openingBalance().signedMinor();
        for (Entry entry : s.entries()) {
            if (entry.booked()) {
                total = Math.addExact(total, entry.signedMinor());
            }
        }
        if (total != s.closingBalance().signedMinor()) {
            add(file, index, s, Severity.ERROR, "BALANCE_MISMATCH", Math.subtractExact(s.closingBalance().signedMinor(),
                    total), "opening balance " + money(s.openingBalance(), s)
                    + " plus booked entries gives " + Amounts.format(total, s.currency()) + ", but the closing balance is "
                    + money(s.closingBalance(), s));
        }
    }

    private void checkTotals(ParsedFile file, int index, Statement s) {
        Totals t = s.totals();
        if (t == null) {
            return;
        }
        long[] sums = new long[2];
        int[] counts = new int[2];
        for (Entry entry : s.entries()) {
            int side = entry.creditDebit() == CreditDebit.CRDT ? 1 : 0;
            counts[side]++;
            sums[side] = Math.addExact(sums[side], entry.amountMinor());
        }
        compare(file, index, s, "debit", t.debitCount(), t.debitMinor(), counts[0], sums[0]);
        compare(file, index, s, "credit", t.creditCount(), t.creditMinor(), counts[1], sums[1]);
    }

    private void compare(ParsedFile file, int index, Statement s, String side, int statedCount, long statedSum,
                         int count, long sum) {
        if (statedCount >= 0 && (statedCount != count || statedSum != sum)) {
            add(file, index, s, Severity.ERROR, "TOTALS_MISMATCH", "the bank states " + statedCount + " " + side
                    + " entries totalling " + Amounts.format(statedSum, s.currency()) + ", the statement has " + count
                    + " totalling " + Amounts.format(sum, s.currency()));
        }
    }

    private void checkChain(ParsedFile file, int index, Statement before, Statement s) {
        if (before.closingBalance() == null || s.openingBalance() == null || s.format().startsWith("camt.052")) {
            return; // intraday reports restate the day so far; they do not chain like statements
        }
        if (before.closingBalance().signedMinor() != s.openingBalance().signedMinor()) {
            add(file, index, s, Severity.ERROR, "OPENING_NOT_PREVIOUS_CLOSING", "opening balance "
                    + money(s.openingBalance(), s) + " differs from the previous statement's (" + before.statementId()
                    + ") closing balance " + money(before.closingBalance(), before));
        }
    }

    private void checkSequence(ParsedFile file, int index, Statement before, Statement s) {
        Long prev = before.sequence();
        Long cur = s.sequence();
        if (prev == null || cur == null) {
            return;
        }
        if (cur.equals(prev)) {
            // Same statement number: a further page (MT940 ":28C:" 12/2 after 12/1), or a repetition.
            int prevPage = before.page() == null ? 1 : before.page();
            int curPage = s.page() == null ? 1 : s.page();
            if (curPage != prevPage + 1) {
                add(file, index, s, Severity.WARNING, curPage <= prevPage ? "SEQUENCE_REPEATED" : "SEQUENCE_GAP",
                        "statement " + cur + " page " + curPage + " follows page " + prevPage);
            }
        } else if (cur > prev + 1) {
            add(file, index, s, Severity.WARNING, "SEQUENCE_GAP", "statement number " + cur + " follows " + prev
                    + ": " + (cur - prev - 1) + " statement(s) missing");
        } else if (cur < prev) {
            add(file, index, s, Severity.WARNING, "SEQUENCE_BACKWARDS", "statement number " + cur + " follows " + prev
                    + " (numbering restarted, or files given out of order)");
        }
    }

    private static String money(Balance balance, Statement s) {
        return Amounts.format(balance.signedMinor(), s.currency());
    }

    private void add(ParsedFile file, int index, Statement s, Severity severity, String code, String message) {
        add(file, index, s, severity, code, null, message);
    }

    private void add(ParsedFile file, int index, Statement s, Severity severity, String code, Long differenceMinor,
                     String message) {
        issues.add(new ValidationIssue(file.file(), index, s.statementId(), severity, code, message, differenceMinor));
    }
}
