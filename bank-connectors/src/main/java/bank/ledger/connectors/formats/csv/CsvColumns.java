package bank.ledger.connectors.formats.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each model field sits in a row, resolved from the profile's column spec against a header:
 * "A|B" takes the first alternative present, "A+B" joins several columns with a space, "A*" matches a
 * header starting with A ("Gutschrift in CHF"), "#3" is the third column (profiles without a header).
 */
final class CsvColumns {
    private final Map<String, List<Integer>> positions;

    private CsvColumns(Map<String, List<Integer>> positions) {
        this.positions = positions;
    }

    /** @param header the header record, or null for a profile without one */
    static CsvColumns resolve(CsvProfile profile, CsvRecord header) {
        List<String> names = header == null ? List.of()
                : header.fields().stream().map(CsvProfiles::normalize).toList();
        Map<String, List<Integer>> positions = new HashMap<>();
        profile.columns().forEach((field, spec) -> {
            for (String alternative : spec.split("\\|")) {
                List<Integer> found = find(alternative, names);
                if (found != null) {
                    positions.put(field, found);
                    break;
                }
            }
        });
        return new CsvColumns(positions);
    }

    private static List<Integer> find(String alternative, List<String> names) {
        List<Integer> found = new ArrayList<>();
        for (String part : alternative.split("\\+")) {
            String p = part.strip();
            int at = -1;
            if (p.matches("#\\d{1,3}")) {
                // Beside a header, only a column the header has.
                at = Integer.parseInt(p.substring(1)) - 1;
                at = names.isEmpty() || at < names.size() ? at : -1;
            } else if (p.endsWith("*")) {
                String prefix = CsvProfiles.normalize(p.substring(0, p.length() - 1));
                for (int i = 0; i < names.size() && at < 0; i++) {
                    at = names.get(i).startsWith(prefix) ? i : -1;
                }
            } else {
                at = names.indexOf(CsvProfiles.normalize(p));
            }
            if (at < 0) {
                return null;
            }
            found.add(at);
        }
        return found;
    }

    boolean has(String field) {
        return positions.containsKey(field);
    }

    int count() {
        return positions.size();
    }

    /** The header text of a field's first column, for messages. */
    int position(String field) {
        return positions.get(field).get(0);
    }

    /** The stripped cell text of a field (several columns joined by a space), or null when empty or absent. */
    String value(CsvRecord record, String field) {
        List<Integer> at = positions.get(field);
        if (at == null) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (int position : at) {
            String text = position < record.fields().size() ? record.fields().get(position).strip() : "";
            if (!text.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : " ").append(text);
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }
}
