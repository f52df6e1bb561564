package bank.ledger.connectors.mt;

import bank.ledger.connectors.statement.Account;
import bank.ledger.connectors.statement.Amounts;
import bank.ledger.connectors.statement.Balance;
import bank.ledger.connectors.statement.CreditDebit;
import bank.ledger.connectors.statement.Entry;
import bank.ledger.connectors.statement.ParseLimits;
import bank.ledger.connectors.statement.Problems;
import bank.ledger.connectors.statement.Statement;
import bank.ledger.connectors.statement.Totals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One tokenized MT940 or MT942 message to a {@link Statement}, field by field in message order. */
final class MtStatementReader {
    private static final Pattern BALANCE = Pattern.compile("^([CD])(\\d{6})([A-Z]{3})(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,5})(?:/(\\d{1,5}))?$");
    private static final Pattern TOTAL = Pattern.compile("^(\\d{1,5})([A-Z]{3})(.*)$");
    private static final Pattern FLOOR = Pattern.compile("^([A-Z]{3})[DC]?(.*)$");
    /** Fields that carry nothing the normalized model keeps (related reference, available balances...). */
    private static final Set<String> IGNORED = Set.of("21", "64", "65", "13", "13D", "25P");

    private final ParseLimits limits;
    private final Problems problems;

    MtStatementReader(ParseLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    Statement read(MtMessage message) {
        int before = problems.errors().size();
        MtHeader.Info header = MtHeader.read(message.header());
        if (header.type() != null && !Set.of("940", "942").contains(header.type())) {
            problems.add(message.line(), "MT" + header.type() + " is not a statement; expected MT940 or MT942");
            return null;
        }
        boolean mt942 = "942".equals(header.type()) || message.fields().stream().anyMatch(f -> f.tag().equals("34F"));
        State s = new State();
        for (MtField field : message.fields()) {
            accept(field, s, header.senderBic());
        }
        requireFields(message, s, mt942);
        if (problems.errors().size() > before) {
            return null;
        }
        return new Statement(mt942 ? "MT942" : "MT940", s.account, s.currency, s.id, s.number, s.page,
                s.opening, s.closing, s.totals(), s.entries);
    }

    /** Collects what the fields say; the order rules of MT940 are kept loose because banks bend them. */
    private static final class State {
        String id;
        Account account;
        String currency;
        Long number;
        Integer page;
        Balance opening;
        Balance closing;
        Field61Parser.Line pending;
        int pendingLine;
        int[] counts = {-1, -1};
        long[] sums = {0, 0};
        final List<Entry> entries = new ArrayList<>();

        Totals totals() {
            return counts[0] < 0 && counts[1] < 0 ? null : new Totals(counts[0], sums[0], counts[1], sums[1]);
        }
    }

    private void accept(MtField field, State s, String headerBic) {
        if (!field.tag().equals("86")) {
            flush(s, null);
        }
        switch (field.tag()) {
            case "20" -> s.id = field.first();
            case "25" -> s.account = MtAccount.parse(field.first(), headerBic);
            case "28C", "28" -> sequence(field, s);
            case "60F", "60M" -> s.opening = balance(field, s);
            case "62F", "62M" -> s.closing = balance(field, s);
            case "34F" -> floorLimit(field, s);
            case "90D", "90C" -> total(field, s);
            case "61" -> statementLine(field, s);
            case "86" -> flush(s, field);
            default -> {
                if (!IGNORED.contains(field.tag())) {
                    problems.add(field.line(), "unexpected field :" + field.tag() + ": in an MT940/MT942 statement");
                }
            }
        }
    }

    private void sequence(MtField field, State s) {
        Matcher m = NUMBER.matcher(field.first());
        if (!m.matches()) {
            problems.add(field.line(), ":" + field.tag() + ": expected statement number[/sequence], got "
                    + Amounts.quote(field.first()));
            return;
        }
        s.number = Long.parseLong(m.group(1));
        s.page = m.group(2) == null ? null : Integer.parseInt(m.group(2));
    }

    private Balance balance(MtField field, State s) {
        Matcher m = BALANCE.matcher(field.first());
        if (!m.matches()) {
            problems.add(field.line(), ":" + field.tag() + ": expected mark C/D, date YYMMDD, currency and amount,"
                    + " got " + Amounts.quote(field.first()));
            return null;
        }
        if (s.currency == null) {
            s.currency = m.group(3);
        } else if (!s.currency.equals(m.group(3))) {
            problems.add(field.line(), ":" + field.tag() + ": currency " + m.group(3) + " differs from " + s.currency);
            return null;
        }
        LocalDate date = SwiftValues.date(m.group(2), ":" + field.tag() + ": date", field.line(), problems);
        Long amount = SwiftValues.amount(m.group(4), s.currency, ":" + field.tag() + ": amount", field.line(), problems);
        if (date == null || amount == null) {
            return null;
        }
        return new Balance(amount, m.group(1).equals("C") ? CreditDebit.CRDT : CreditDebit.DBIT, date);
    }

    private void floorLimit(MtField field, State s) {
        Matcher m = FLOOR.matcher(field.first());
        if (!m.matches()) {
            problems.add(field.line(), ":34F: expected currency, optional mark and amount, got "
                    + Amounts.quote(field.first()));
        } else if (s.currency == null) {
            s.currency = m.group(1);
        }
    }

    private void total(MtField field, State s) {
        Matcher m = TOTAL.matcher(field.first());
        int side = field.tag().equals("90D") ? 0 : 1;
        if (!m.matches()) {
            problems.add(field.line(), ":" + field.tag() + ": expected count, currency and amount, got "
                    + Amounts.quote(field.first()));
            return;
        }
        Long amount = SwiftValues.amount(m.group(3), m.group(2), ":" + field.tag() + ": amount", field.line(), problems);
        s.counts[side] = Integer.parseInt(m.group(1));
        s.sums[side] = amount == null ? 0 : amount;
    }

    private void statementLine(MtField field, State s) {
        if (s.currency == null) {
            problems.add(field.line(), ":61: before any balance or :34F: that states the currency");
            return;
        }
        if (s.entries.size() >= limits.maxEntriesPerStatement()) {
            problems.add(field.line(), "more than " + limits.maxEntriesPerStatement() + " entries in statement " + s.id);
            return;
        }
        s.pending = Field61Parser.parse(field, s.currency, problems);
        s.pendingLine = field.line();
    }

    /** Turns the pending ":61:" into an entry, with the ":86:" that follows it if there is one. */
    private static void flush(State s, MtField info) {
        Field61Parser.Line l = s.pending;
        if (l == null) {
            return; // an ":86:" after the last balance is about the statement, not an entry
        }
        s.pending = null;
        Field86Parser.Details d = info == null ? new Field86Parser.Details(null, null, null, null, null)
                : Field86Parser.parse(info.lines());
        String description = d.description() != null ? d.description() : l.supplementary();
        s.entries.add(new Entry(l.amountMinor(), l.creditDebit(), l.bookingDate(), l.valueDate(),
                l.bankReference(), l.customerReference(),
                d.endToEndId(), d.counterparty(), d.counterpartyAccount(), description, l.reversal(),
                l.typeCode(), d.transactionCode(), true));
    }

    /** Reports fields that are absent altogether; a present but malformed one was reported already. */
    private void requireFields(MtMessage message, State s, boolean mt942) {
        flush(s, null);
        Set<String> tags = new java.util.HashSet<>();
        message.fields().forEach(f -> tags.add(f.tag().substring(0, 2)));
        List<String> required = mt942 ? List.of("20", "25", "34") : List.of("20", "25", "60", "62");
        List<String> missing = required.stream().filter(t -> !tags.contains(t)).map(t -> ":" + t + ":").toList();
        if (!missing.isEmpty()) {
            problems.add(message.line(), (mt942 ? "MT942" : "MT940") + " message " + (s.id == null ? "" : s.id + " ")
                    + "lacks " + String.join(", ", missing) + " (truncated file?)");
        }
    }
}
