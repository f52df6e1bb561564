package bank.ledger.connectors.cli;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.validation.ValidationIssue;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The human side of {@code statements parse}: a table per file and a one-line summary per file. */
final class ParseReport {
    private static final String ROW = "%-34s %-4s %-22s %7s %20s %20s %8s";

    private ParseReport() {
    }

    /** One line per statement: account, currency, period, entries, opening, closing, warnings; entries below. */
    static void table(PrintStream out, ParsedFile file, boolean withEntries) {
        out.println("== " + file.file() + " (" + file.format() + ")");
        out.println(String.format(ROW, "ACCOUNT", "CCY", "PERIOD", "ENTRIES", "OPENING", "CLOSING", "WARNINGS").stripTrailing());
        for (Statement s : file.statements()) {
            out.println(String.format(ROW, s.account().id() == null ? "-" : s.account().id(), s.currency(), period(s),
                    s.entries().size(), balance(s.openingBalance(), s.currency()), balance(s.closingBalance(), s.currency()),
                    warnings(s).size()));
            if (withEntries) {
                for (Entry e : s.entries()) {
                    out.println(entry(e, s.currency()));
                }
            }
        }
    }

    /** "FILE: 2 statements, 14 entries, 3 warnings (invalidDate 1, unreadableRow 2), 1 issue (BALANCE_MISMATCH 1)". */
    static String summary(ParsedFile file, List<ValidationIssue> issues) {
        List<Warning> all = new ArrayList<>(file.warnings());
        file.statements().forEach(s -> all.addAll(warnings(s)));
        int entries = file.statements().stream().mapToInt(s -> s.entries().size()).sum();
        return file.file() + ": " + count(file.statements().size(), "statement") + ", " + count(entries, "entry")
                + ", " + count(all.size(), "warning") + byCode(all.stream().map(Warning::code))
                + ", " + count(issues.size(), "issue") + byCode(issues.stream().map(ValidationIssue::code));
    }

    static String refusal(StatementParseException refused) {
        String reason = refused.errors().isEmpty() ? "" : ": " + refused.errors().get(0).message()
                + (refused.errors().size() > 1 ? " (and " + (refused.errors().size() - 1) + " more)" : "");
        return refused.file() + ": refused, noStatementFound" + reason;
    }

    /** The statement's own warnings and its entries'. */
    private static List<Warning> warnings(Statement s) {
        List<Warning> all = new ArrayList<>(s.warnings());
        s.entries().forEach(e -> all.addAll(e.warnings()));
        return all;
    }

    private static String period(Statement s) {
        List<LocalDate> dates = Stream.concat(s.entries().stream().map(Entry::bookingDate),
                Stream.of(s.openingBalance(), s.closingBalance()).filter(b -> b != null).map(Balance::date))
                .filter(d -> d != null).sorted().toList();
        return dates.isEmpty() ? "-" : dates.get(0) + ".." + dates.get(dates.size() - 1);
    }

    private static String balance(Balance balance, String currency) {
        return balance == null ? "-" : signed(balance.signedMinor(), currency);
    }

    private static String entry(Entry e, String currency) {
        String amount = e.amount() != null ? (e.signedMinor() < 0 ? "-" : "") + e.amount().toPlainString()
                : signed(e.signedMinor(), currency);
        String text = Stream.of(e.counterparty(), e.description()).filter(t -> t != null && !t.isBlank())
                .map(t -> t.replaceAll("\\s+", " ")).reduce((a, b) -> a + " / " + b).orElse("");
        String flags = (e.booked() ? "" : " [pending]") + (e.warnings().isEmpty() ? "" : " ["
                + String.join(", ", e.warnings().stream().map(Warning::code).toList()) + "]");
        return String.format("  %5d  %s  %20s  %s%s", e.line(), e.bookingDate(), amount,
                text.length() > 70 ? text.substring(0, 70) + "..." : text, flags);
    }

    private static String signed(long minor, String currency) {
        return Amounts.format(minor, currency);
    }

    private static String byCode(Stream<String> codes) {
        Map<String, Integer> counts = new TreeMap<>(Comparator.naturalOrder());
        codes.forEach(c -> counts.merge(c, 1, Integer::sum));
        if (counts.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((code, n) -> parts.add(code + " " + n));
        return " (" + String.join(", ", parts) + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
