package bank.ledger.connectors.formats.mt;

import java.util.ArrayList;
import java.util.List;

/** A tagged field of block 4, its first line number and its lines (the first without the tag). */
record MtField(String tag, int line, List<String> lines) {
    String first() {
        return lines.get(0).strip();
    }

    /** ":61:..." or ":NS:..." (a non-SWIFT field some German banks add); null when the line has no tag. */
    static MtField of(String line, int number) {
        if (line.length() < 4 || line.charAt(0) != ':') {
            return null;
        }
        int end;
        if (line.startsWith(":NS:")) {
            end = 3;
        } else if (Character.isDigit(line.charAt(1)) && Character.isDigit(line.charAt(2))) {
            end = line.charAt(3) >= 'A' && line.charAt(3) <= 'Z' ? 4 : 3;
        } else {
            return null;
        }
        if (end >= line.length() || line.charAt(end) != ':') {
            return null;
        }
        return new MtField(line.substring(1, end), number, new ArrayList<>(List.of(line.substring(end + 1))));
    }
}
