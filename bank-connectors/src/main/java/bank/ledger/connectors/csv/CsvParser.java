package bank.ledger.connectors.csv;

import bank.ledger.connectors.statement.Account;
import bank.ledger.connectors.statement.Entry;
import bank.ledger.connectors.statement.ParseLimits;
import bank.ledger.connectors.statement.ParsedFile;
import bank.ledger.connectors.statement.Problems;
import bank.ledger.connectors.statement.Statement;
import bank.ledger.connectors.statement.StatementParseException;
import bank.ledger.connectors.statement.TextDecoding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV exports through a {@link CsvProfile}. CSV has no statement structure, so rows are grouped into
 * one statement per account and currency, without balances or sequence numbers.
 */
public final class CsvParser {
    private final CsvProfile profile;
    private final ParseLimits limits;

    public CsvParser(CsvProfile profile, ParseLimits limits) {
        this.profile = profile;
        this.limits = limits;
    }

    public ParsedFile parse(String file, byte[] content) throws StatementParseException {
        Problems problems = new Problems(limits.maxErrors());
        List<CsvRecord> records = new CsvReader(profile.delimiter(), profile.quote())
                .read(TextDecoding.decode(content), problems);
        if (records.size() <= profile.skipLines()) {
            problems.add(0, "no header line (profile " + profile.name() + ")");
            throw new StatementParseException(file, problems.errors());
        }
        CsvRecord header = records.get(profile.skipLines());
        Map<String, Integer> index = columnIndex(header, problems);
        if (!problems.isEmpty()) {
            throw new StatementParseException(file, problems.errors());
        }
        CsvRowMapper rows = new CsvRowMapper(profile, index, problems);
        Map<List<String>, List<Entry>> groups = new LinkedHashMap<>();
        int count = 0;
        for (CsvRecord record : records.subList(profile.skipLines() + 1, records.size())) {
            if (++count > limits.maxEntriesPerStatement()) {
                problems.add(record.line(), "more than " + limits.maxEntriesPerStatement() + " rows");
                break;
            }
            CsvRowMapper.Row row = rows.map(record);
            if (row != null) {
                groups.computeIfAbsent(List.of(nonNull(row.account()), row.currency()), k -> new ArrayList<>())
                        .add(row.entry());
            }
            if (problems.full()) {
                break;
            }
        }
        problems.throwIfAny(file);
        List<Statement> statements = new ArrayList<>();
        groups.forEach((key, entries) -> statements.add(new Statement("csv:" + profile.name(),
                account(key.get(0)), key.get(1), null, null, null, null, null, null, entries)));
        return new ParsedFile(file, "csv:" + profile.name(), statements);
    }

    /** Header names compared without case and surrounding blanks; required columns must be there. */
    private Map<String, Integer> columnIndex(CsvRecord header, Problems problems) {
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            byHeader.putIfAbsent(normalize(header.fields().get(i)), i);
        }
        Map<String, Integer> index = new HashMap<>();
        profile.columns().forEach((field, name) -> {
            Integer position = byHeader.get(normalize(name));
            if (position != null) {
                index.put(field, position);
            }
        });
        List<String> required = new ArrayList<>(List.of("bookingDate"));
        required.addAll(switch (profile.sign()) {
            case SIGNED -> List.of("amount");
            case INDICATOR -> List.of("amount", "creditDebit");
            case SPLIT -> List.of("debit", "credit");
        });
        if (profile.currency() == null) {
            required.add("currency");
        }
        List<String> missing = required.stream().filter(f -> !index.containsKey(f))
                .map(f -> f + " (\"" + profile.columns().getOrDefault(f, "not mapped in the profile") + "\")").toList();
        if (!missing.isEmpty()) {
            problems.add(header.line(), "header lacks the columns profile " + profile.name() + " needs: "
                    + String.join(", ", missing));
        }
        return index;
    }

    private static String normalize(String header) {
        return header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private Account account(String id) {
        if (id.isEmpty()) {
            return new Account(null, null, null);
        }
        String compact = id.replace(" ", "");
        return compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}") ? new Account(compact, null, null)
                : new Account(null, id, null);
    }
}
