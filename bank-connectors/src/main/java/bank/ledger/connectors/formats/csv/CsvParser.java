package bank.ledger.connectors.formats.csv;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.ParseError;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.TextDecoding;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV exports as banks write them: the profile named, or the built-in one whose header the file has;
 * lines before the header read where the profile knows them, else flagged; rows grouped into one
 * statement per account and currency. A row that gives no entry is skipped and flagged
 * {@code unreadableRow} with its line (on the file, as it belongs to no statement). The file is refused
 * only when no header fits, or when not one row can be read.
 */
public final class CsvParser {
    /** Unreadable rows listed one by one; past this, one warning counts the rest (bounded memory for junk files). */
    static final int MAX_ROW_WARNINGS = 1_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final CsvProfile profile;
    private final ParseLimits limits;

    /** @param profile the profile the user named, or null to recognise the file by its header */
    public CsvParser(CsvProfile profile, ParseLimits limits) {
        this.profile = profile;
        this.limits = limits;
    }

    /** Whether a built-in profile recognises the file's header. */
    public static boolean recognises(byte[] content) {
        return CsvLayout.find(decode(content, WINDOWS_1252), null) != null;
    }

    public ParsedFile parse(String file, byte[] content) throws StatementParseException {
        String text = decode(content, WINDOWS_1252);
        CsvLayout layout = CsvLayout.find(text, profile);
        if (layout != null && !layout.profile().legacyCharset().equals(WINDOWS_1252)) {
            // The bank's own legacy encoding (mBank: Windows-1250) decides for a file that is not UTF-8.
            text = decode(content, layout.profile().legacyCharset());
            layout = CsvLayout.find(text, layout.profile());
        }
        if (layout == null) {
            throw refuse(file, 0, profile != null ? "no header line with the columns profile " + profile.name()
                    + " needs: " + CsvLayout.needs(profile) : "not a CSV export of a known bank (no header of the"
                    + " built-in profiles " + CsvProfiles.BUILT_IN + " found); name a profile with --profile NAME"
                    + " or ?profile=NAME");
        }
        List<Warning> warnings = new ArrayList<>();
        List<CsvRecord> records = new CsvReader(layout.delimiter(), layout.profile().quote()).read(text, warnings);
        CsvPreamble preamble = new CsvPreamble(layout.profile());
        int firstRow = layout.headerIndex() + 1;
        preamble.readAll(records.subList(0, Math.max(0, layout.headerIndex())), layout.delimiter(), warnings);
        List<CsvRecord> rows = records.subList(Math.min(firstRow, records.size()), records.size());
        CsvRowMapper mapper = new CsvRowMapper(decimalMark(layout, rows), layout.columns(), preamble);
        Map<List<String>, List<CsvRowMapper.Row>> groups = new LinkedHashMap<>();
        List<ParseError> unreadable = new ArrayList<>();
        LocalDate previous = null;
        int skipped = 0;
        for (CsvRecord record : rows) {
            if (preamble.readBalanceRow(record)) {
                continue;
            }
            CsvRowMapper.Result result = mapper.map(record, previous);
            if (result instanceof CsvRowMapper.Row row) {
                previous = row.entry().bookingDate();
                List<CsvRowMapper.Row> group = groups.computeIfAbsent(
                        Arrays.asList(row.account(), row.currency()), k -> new ArrayList<>());
                if (group.size() >= limits.maxEntriesPerStatement()) {
                    throw refuse(file, record.line(), "more than " + limits.maxEntriesPerStatement() + " entries");
                }
                group.add(row);
            } else if (!preamble.readTrailing(record) && ++skipped <= MAX_ROW_WARNINGS) {
                String reason = ((CsvRowMapper.Unreadable) result).reason();
                String raw = Amounts.quote(record.raw(layout.delimiter()));
                if (unreadable.size() < limits.maxErrors()) {
                    unreadable.add(new ParseError(record.line(), reason + ": " + raw));
                }
                warnings.add(new Warning(WarningCodes.CSV_UNREADABLE_ROW, record.line(), "row skipped, " + reason + ": " + raw));
            }
        }
        if (skipped > MAX_ROW_WARNINGS) {
            warnings.add(new Warning(WarningCodes.CSV_UNREADABLE_ROW, 0, (skipped - MAX_ROW_WARNINGS)
                    + " more rows skipped as unreadable, not listed one by one"));
        }
        List<Statement> statements = statements(layout, groups, preamble, records);
        if (statements.isEmpty()) {
            unreadable.add(0, new ParseError(0, "header of profile " + layout.profile().name() + " found, but no row"
                    + " could be read"));
            throw new StatementParseException(file, unreadable);
        }
        if (statements.size() > limits.maxStatements()) {
            throw refuse(file, 0, "more than " + limits.maxStatements() + " accounts and currencies");
        }
        return new ParsedFile(file, "csv:" + layout.profile().name(), statements, warnings);
    }

    /** A profile that leaves the decimal mark open takes the one most amounts of the file prove, else ".". */
    private static CsvProfile decimalMark(CsvLayout layout, List<CsvRecord> rows) {
        if (layout.profile().decimalSeparator() != 0) {
            return layout.profile();
        }
        int dots = 0;
        int commas = 0;
        for (CsvRecord row : rows) {
            for (String field : List.of("amount", "debit", "credit", "balanceAfter")) {
                String text = layout.columns().value(row, field);
                char mark = text == null ? 0 : CsvNumbers.evidence(text);
                dots += mark == '.' ? 1 : 0;
                commas += mark == ',' ? 1 : 0;
            }
        }
        return layout.profile().withDecimalSeparator(commas > dots ? ',' : '.');
    }

    private static List<Statement> statements(CsvLayout layout, Map<List<String>, List<CsvRowMapper.Row>> groups,
                                              CsvPreamble preamble, List<CsvRecord> records) {
        String format = "csv:" + layout.profile().name();
        int line = layout.headerIndex() >= 0 ? records.get(layout.headerIndex()).line()
                : records.isEmpty() ? 0 : records.get(0).line();
        List<Statement> statements = new ArrayList<>();
        boolean single = groups.size() == 1;
        groups.forEach((key, rows) -> statements.add(CsvStatements.build(format, key.get(0), key.get(1), rows,
                preamble, single || key.get(1).equals(preamble.currency), line)));
        String currency = preamble.currency != null ? preamble.currency : layout.profile().currency();
        if (statements.isEmpty() && currency != null && preamble.account != null
                && (preamble.opening != null || preamble.closing != null) && preamble.from != null) {
            statements.add(CsvStatements.build(format, preamble.account, currency, List.of(), preamble, true, line));
        }
        return statements;
    }

    /**
     * UTF-8 (with or without BOM) or UTF-16 with BOM as {@link TextDecoding} reads them; a file that is not UTF-8
     * is in the bank's legacy encoding: Windows-1252 for most (it differs from ISO-8859-1 in 0x80-0x9F: €, „, …).
     */
    static String decode(byte[] content, Charset legacy) {
        String text = TextDecoding.decode(content);
        boolean utf8 = TextDecoding.bomCharset(content) != null || text.chars().allMatch(c -> c < 0x80)
                || Arrays.equals(text.getBytes(StandardCharsets.UTF_8), content);
        return utf8 ? text : new String(content, legacy);
    }

    private static StatementParseException refuse(String file, int line, String message) {
        return new StatementParseException(file, List.of(new ParseError(line, message)));
    }
}
