package bank.ledger.connectors.formats.csv;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines a bank writes before the header ("IBAN;DE89 ...", "Zeitraum;01.12.2023 - 31.12.2023",
 * "Saldo;1.234,56;EUR") and the balance lines after the rows ("Kontostand;31.12.2023;;;1.234,56;EUR"),
 * read where the profile names their labels. A label line without a value takes it from the next line
 * (mBank writes "#Za okres:;" and then the dates). Lines the profile does not read are flagged.
 */
final class CsvPreamble {
    private static final java.util.Set<String> DATED = java.util.Set.of("period", "from", "to");
    private final CsvProfile profile;
    String account;
    String currency;
    CsvNumbers.CsvAmount opening;
    CsvNumbers.CsvAmount closing;
    LocalDate from;
    LocalDate to;
    int closingLine;

    CsvPreamble(CsvProfile profile) {
        this.profile = profile;
    }

    /** Reads the lines before the header; every line it cannot use becomes a preambleSkipped warning. */
    void readAll(List<CsvRecord> lines, char delimiter, List<Warning> warnings) {
        CsvRecord pending = null;
        for (CsvRecord line : lines) {
            if (pending != null && read(label(pending), values(line, 0), line.line())) {
                pending = null;
                continue;
            }
            if (pending != null) {
                skipped(pending, delimiter, warnings);
            }
            pending = null;
            String label = label(line);
            if (label == null) {
                skipped(line, delimiter, warnings);
            } else if (!read(label, values(line, DATED.contains(label) ? 0 : 1), line.line())) {
                pending = line;
            }
        }
        if (pending != null) {
            skipped(pending, delimiter, warnings);
        }
    }

    private static void skipped(CsvRecord line, char delimiter, List<Warning> warnings) {
        warnings.add(new Warning(WarningCodes.CSV_PREAMBLE_SKIPPED, line.line(),
                "line before the header skipped: " + Amounts.quote(line.raw(delimiter))));
    }

    /** A balance or account line among or after the rows; false when the profile names no such label. */
    boolean readTrailing(CsvRecord line) {
        String label = label(line);
        return label != null && read(label, values(line, DATED.contains(label) ? 0 : 1), line.line());
    }

    /**
     * A row that states a balance in one of its cells ("31.12.2023;;;Endsaldo;EUR;2.000,00;H", Volksbank):
     * read as the balance, never as an entry. The cell must equal the label exactly.
     */
    boolean readBalanceRow(CsvRecord line) {
        for (int i = 0; i < line.fields().size(); i++) {
            String cell = CsvProfiles.normalize(line.fields().get(i));
            for (String field : List.of("openingBalance", "closingBalance")) {
                if (!cell.isEmpty() && profile.preamble().getOrDefault(field, List.of()).contains(cell)) {
                    return read(field, values(new CsvRecord(line.line(), line.fields().subList(i, line.fields().size())), 1),
                            line.line());
                }
            }
        }
        return false;
    }

    /** The statement field whose label starts the line, or null. */
    private String label(CsvRecord line) {
        String first = CsvProfiles.normalize(line.first());
        int colon = first.indexOf(':');
        String key = colon > 0 ? first.substring(0, colon).strip() : first;
        for (var field : profile.preamble().entrySet()) {
            for (String label : field.getValue()) {
                if (!label.isEmpty() && key.startsWith(label)) {
                    return field.getKey();
                }
            }
        }
        return null;
    }

    /** The cells after the label (a value after a colon in the label cell counts), labels ("#...") left out. */
    private static List<String> values(CsvRecord line, int skip) {
        List<String> values = new ArrayList<>();
        List<String> cells = line.fields().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (skip == 1 && !cells.isEmpty() && cells.get(0).indexOf(':') > 0) {
            String rest = cells.get(0).substring(cells.get(0).indexOf(':') + 1).strip();
            if (!rest.isEmpty()) {
                values.add(rest);
            }
        }
        cells.stream().skip(Math.min(skip, cells.size())).filter(s -> !s.startsWith("#")).forEach(values::add);
        return values;
    }

    private boolean read(String field, List<String> values, int line) {
        if (values.isEmpty()) {
            return false;
        }
        switch (field) {
            case "account" -> account = values.get(0);
            case "currency" -> {
                String code = values.get(0).toUpperCase(Locale.ROOT);
                if (!code.matches("[A-Z]{3}")) {
                    return false;
                }
                currency = code;
            }
            case "period", "from", "to" -> {
                return period(field, values);
            }
            default -> {
                return balance(field, values, line);
            }
        }
        return true;
    }

    private boolean balance(String field, List<String> values, int line) {
        CsvNumbers.CsvAmount amount = null;
        String code = null;
        for (String value : values) {
            CsvNumbers.CsvAmount read = CsvDates.parse(value, profile.dateFormats()).date() == null
                    ? CsvNumbers.parse(value, profile.decimalSeparator()) : null;
            if (read != null && amount == null) {
                amount = read;
            } else if (value.matches("[A-Z]{3}")) {
                code = value;
            }
        }
        if (amount == null) {
            return false;
        }
        if (values.stream().anyMatch(v -> profile.debitValues().contains(v.toUpperCase(Locale.ROOT)))) {
            amount = new CsvNumbers.CsvAmount(amount.value().negate(), amount.currency(), amount.markGuessed());
        }
        if (amount.currency() == null && code != null) {
            amount = new CsvNumbers.CsvAmount(amount.value(), code, amount.markGuessed());
        }
        if ("openingBalance".equals(field)) {
            opening = amount;
        } else {
            closing = amount;
            closingLine = line;
        }
        return true;
    }

    /** "period": the first and last date on the line; "from" or "to": the line's first date. */
    private boolean period(String field, List<String> values) {
        List<LocalDate> dates = new ArrayList<>();
        for (String value : values) {
            for (String token : value.split("[\\s;\u2013]+|\\s-\\s|\\bbis\\b")) {
                LocalDate date = CsvDates.parse(token.strip(), profile.dateFormats()).date();
                if (date != null) {
                    dates.add(date);
                }
            }
        }
        if (dates.isEmpty()) {
            return false;
        }
        if (!"to".equals(field)) {
            from = dates.get(0);
        }
        if (!"from".equals(field)) {
            to = dates.get("to".equals(field) ? 0 : dates.size() - 1);
        }
        return true;
    }
}
