package bank.ledger.connectors.formats.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Which profile, delimiter and header line a CSV file has. The header is the first record, among the
 * first {@value #HEAD_RECORDS}, that holds every column a profile needs; of the profiles that fit, the
 * one that maps the most columns wins (ties: the earlier built-in). Each delimiter is tried (";", ",",
 * tab, "|") unless the profile fixes one.
 *
 * @param headerIndex index of the header record in the file's records, -1 for a profile without header
 */
record CsvLayout(CsvProfile profile, char delimiter, int headerIndex, CsvColumns columns) {
    static final int HEAD_RECORDS = 80;
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    /** The layout, or null when no header fits; {@code named} is the profile the user named, or null. */
    static CsvLayout find(String text, CsvProfile named) {
        List<CsvProfile> profiles = named != null ? List.of(named)
                : CsvProfiles.builtIns().stream().filter(CsvProfile::header).toList();
        CsvLayout best = null;
        int bestScore = 0;
        for (char delimiter : delimiters(named)) {
            List<CsvRecord> head = new CsvReader(delimiter, quote(named)).read(text, HEAD_RECORDS, new ArrayList<>());
            if (named != null && !named.header()) {
                int fields = head.isEmpty() ? 0 : head.get(0).fields().size();
                if (fields > bestScore) {
                    best = new CsvLayout(named, delimiter, -1, CsvColumns.resolve(named, null));
                    bestScore = fields;
                }
                continue;
            }
            CsvLayout found = header(profiles, delimiter, head);
            if (found != null && found.columns().count() > bestScore) {
                best = found;
                bestScore = found.columns().count();
            }
        }
        return best;
    }

    /** The first record that some profile fits, with the profile that maps the most of its columns. */
    private static CsvLayout header(List<CsvProfile> profiles, char delimiter, List<CsvRecord> head) {
        for (int i = 0; i < head.size(); i++) {
            CsvLayout best = null;
            for (CsvProfile profile : profiles) {
                CsvColumns columns = CsvColumns.resolve(profile, head.get(i));
                boolean fits = profile.requiredColumns().stream().allMatch(columns::has);
                if (fits && (best == null || columns.count() > best.columns().count())) {
                    best = new CsvLayout(profile, delimiter, i, columns);
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static char[] delimiters(CsvProfile named) {
        return named != null && named.delimiter() != 0 ? new char[] {named.delimiter()} : DELIMITERS;
    }

    private static char quote(CsvProfile named) {
        return named == null ? '"' : named.quote();
    }

    /** What the profile's header needs, for the refusal message. */
    static String needs(CsvProfile profile) {
        List<String> parts = new ArrayList<>();
        for (String field : profile.requiredColumns()) {
            parts.add(field + " (\"" + profile.columns().getOrDefault(field, "not mapped in the profile") + "\")");
        }
        return String.join(", ", parts);
    }
}
