package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Totals;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the fields of one message said so far. Dates and amounts are resolved when the message is complete:
 * a date that is not in the calendar takes the statement's date, which the closing balance (or ":13D:", or the
 * opening balance) gives only at the end.
 */
final class MtStatementDraft {
    final String format;
    final Flags flags;
    String id;
    Account account;
    Long sequence;
    Integer page;
    MtBalance opening;
    MtBalance closing;
    LocalDate created;
    private boolean attachable;
    private boolean afterUnreadableLine;
    final MtCurrency currency = new MtCurrency();
    private final int[] counts = {-1, -1};
    private final long[] sums = {0, 0};
    private final Set<String> seen = new HashSet<>();
    private final List<MtStatementLine> lines = new ArrayList<>();

    MtStatementDraft(String format, int maxWarnings) {
        this.format = format;
        this.flags = new Flags(maxWarnings);
    }

    /** The statement's currency from its fields; false when none states one. */
    boolean currencyFrom(List<MtField> fields) {
        return currency.from(fields, flags);
    }

    String currency() {
        return currency.code();
    }

    int exponent() {
        return currency.exponent();
    }

    int entryCount() {
        return lines.size();
    }

    /** Minor units of a positive amount; its excessDecimals warning goes to {@code warnings}. */
    long minor(BigDecimal exact, int line, List<Warning> warnings) {
        return currency.minor(exact, line, warnings);
    }

    void flag(String code, MtField field, String what) {
        flags.add(code, field.line(), ":" + field.tag() + ": " + what + ": "
                + Amounts.quote(Field86Parser.squeeze(String.join(" ", field.lines()))));
    }

    /** Runs {@code read} for the first occurrence of a field; a repeat is quoted and skipped. */
    void once(MtField field, Runnable read) {
        if (seen.add(field.tag().substring(0, 2))) {
            read.run();
        } else {
            flag(WarningCodes.REPEATED_FIELD, field, "repeated, the first one is kept; skipped");
        }
    }

    void sequence(MtField field) {
        String text = field.first().replace(" ", "");
        int slash = text.indexOf('/');
        String number = slash < 0 ? text : text.substring(0, slash);
        String pageText = slash < 0 ? null : text.substring(slash + 1);
        if (!SwiftValues.isDigits(number, 0, number.length()) || number.length() > 18
                || pageText != null && (!SwiftValues.isDigits(pageText, 0, pageText.length()) || pageText.length() > 9)) {
            flag(WarningCodes.UNREADABLE_LINE, field, "not a statement number[/page]; the statement has none");
            return;
        }
        sequence = Long.parseLong(number);
        page = pageText == null ? null : Integer.parseInt(pageText);
    }

    MtBalance balance(MtField field) {
        MtBalance balance = MtBalance.parse(field);
        if (balance == null) {
            flag(WarningCodes.UNREADABLE_LINE, field, "not a balance (mark, YYMMDD, currency, amount); not used");
        } else if (!balance.currency().equals(currency())) {
            flag(WarningCodes.CURRENCY_MISMATCH, field, "in " + balance.currency() + ", the statement is in " + currency()
                    + "; not used");
            return null;
        }
        return balance;
    }

    void floorLimit(MtField field) {
        if (MtBalance.currencyOf(field) == null) {
            flag(WarningCodes.UNREADABLE_LINE, field, "not a floor limit (currency, optional mark, amount)");
        }
    }

    /** ":13D:" YYMMDDHHMM+hhmm (or MT942's older ":13:"): the report's date, if nothing better gives one. */
    void dateTime(MtField field) {
        String text = field.first();
        if (!SwiftValues.isDigits(text, 0, 6)) {
            flag(WarningCodes.UNREADABLE_LINE, field, "not a date and time YYMMDDHHMM");
            return;
        }
        List<Warning> warnings = new ArrayList<>();
        created = SwiftValues.date(text.substring(0, 6), ":" + field.tag() + ": date", field.line(), warnings);
        flags.addAll(warnings);
    }

    void total(MtField field) {
        String text = field.first().replace(" ", "");
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && text.charAt(i) <= '9') {
            i++;
        }
        BigDecimal amount = i == 0 || i > 9 || !MtBalance.isCurrency(text, i) ? null : SwiftValues.amount(text.substring(i + 3));
        if (amount == null) {
            flag(WarningCodes.UNREADABLE_LINE, field, "not a number of entries, currency and amount; not used");
        } else if (!text.substring(i, i + 3).equals(currency())) {
            flag(WarningCodes.CURRENCY_MISMATCH, field, "in " + text.substring(i, i + 3) + ", the statement is in "
                    + currency() + "; not used");
        } else {
            int side = field.tag().equals("90D") ? 0 : 1;
            List<Warning> warnings = new ArrayList<>();
            counts[side] = Integer.parseInt(text.substring(0, i));
            sums[side] = minor(amount, field.line(), warnings);
            flags.addAll(warnings);
        }
    }

    void line(MtField field) {
        Field61Parser.Line line = Field61Parser.parse(field);
        attachable = line != null;
        afterUnreadableLine = line == null;
        if (line == null) {
            flag(WarningCodes.UNREADABLE_LINE, field, "not a statement line (value date YYMMDD, optional entry date"
                    + " MMDD, mark C/D/RC/RD, amount, type, reference); no entry made, the balances will not add up");
            return;
        }
        lines.add(new MtStatementLine(line, field.line()));
    }

    /** ":86:" right after a ":61:" details that entry; anywhere else it is about the statement. */
    void information(MtField field) {
        if (attachable && lines.get(lines.size() - 1).details() == null) {
            lines.get(lines.size() - 1).details(Field86Parser.parse(field.lines()));
        } else if (afterUnreadableLine) {
            flag(WarningCodes.UNREADABLE_LINE, field, "information to the unreadable :61: before it, not kept");
        } else {
            flag(WarningCodes.STATEMENT_TEXT, field, "information about the statement as a whole, not kept");
        }
        attachable = false;
        afterUnreadableLine = false;
    }

    /** A field other than ":86:" (and other than an unknown one) ends what an ":86:" could be about. */
    void endEntry() {
        attachable = false;
        afterUnreadableLine = false;
    }

    void unknown(MtField field) {
        flag(WarningCodes.UNKNOWN_FIELD, field, "not a field of MT940/MT942; skipped");
    }

    Statement build(int line) {
        LocalDate date = statementDate();
        Balance open = MtStatementLine.balance(opening, "opening", date, this);
        Balance close = MtStatementLine.balance(closing, "closing", date, this);
        List<Entry> entries = new ArrayList<>();
        for (MtStatementLine l : lines) {
            entries.add(l.entry(date, this));
        }
        Totals totals = counts[0] < 0 && counts[1] < 0 ? null : new Totals(counts[0], sums[0], counts[1], sums[1]);
        return new Statement(format, account == null ? new Account(null, null, null) : account, currency(), id, sequence,
                page, open, close, totals, entries, line, flags.list());
    }

    /** The closing balance's date, else ":13D:", else the opening balance's, else the latest entry's value date. */
    private LocalDate statementDate() {
        LocalDate date = closing == null ? null : MtStatementLine.quietDate(closing.date());
        if (date == null) {
            date = created;
        }
        if (date == null && opening != null) {
            date = MtStatementLine.quietDate(opening.date());
        }
        if (date == null) {
            date = lines.stream().map(l -> MtStatementLine.quietDate(l.line().valueDate())).filter(d -> d != null)
                    .max(LocalDate::compareTo).orElse(null);
        }
        return date;
    }
}
