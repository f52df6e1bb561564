package bank.ledger.connectors.formats.mt;

import java.util.List;

/**
 * ":86:" information to the account owner, in the layout its bank uses: German (DFÜ-Abkommen) and Polish
 * (ZBP) sub-fields "GVC?00posting text?20remittance...?32name" with "?", "^", "<" or "~" before each
 * two-digit key, wrapped anywhere by the bank; Dutch keyword form "/TRTP/.../IBAN/.../NAME/.../REMI/..."
 * (ABN AMRO, ING, Rabobank); or free text over any number of wrapped lines.
 */
final class Field86Parser {
    /** Width of a SWIFT narrative line: a line this long was wrapped by the bank, not by the author. */
    private static final int LINE_WIDTH = 65;
    private static final String SEPARATORS = "?^<~";

    record Details(String description, String endToEndId, String counterparty, String counterpartyAccount,
                   String transactionCode) {
        static final Details NONE = new Details(null, null, null, null, null);
    }

    private Field86Parser() {
    }

    static Details parse(List<String> lines) {
        String joined = String.join("", lines).strip();
        char separator = subfieldSeparator(joined);
        if (separator != 0) {
            return Field86Subfields.parse(joined, separator);
        }
        if (Field86Keywords.looksKeyed(joined)) {
            Details keyed = Field86Keywords.parse(joined);
            return keyed.description() == null ? new Details(freeText(lines), keyed.endToEndId(), keyed.counterparty(),
                    keyed.counterpartyAccount(), keyed.transactionCode()) : keyed;
        }
        return new Details(freeText(lines), null, null, null, null);
    }

    /** The separator of "166?00..." or "^00...", or 0 when the text is not in sub-fields. */
    private static char subfieldSeparator(String text) {
        int at = SwiftValues.isDigits(text, 0, 3) ? 3 : 0;
        if (at + 3 <= text.length() && SEPARATORS.indexOf(text.charAt(at)) >= 0
                && SwiftValues.isDigits(text, at + 1, at + 3)) {
            return text.charAt(at);
        }
        return 0;
    }

    /**
     * Joins wrapped lines: no space where the bank cut a full-width line (the first line's width counts the
     * ":86:" tag), one space elsewhere.
     */
    static String freeText(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int width = i == 0 ? LINE_WIDTH - ":86:".length() : LINE_WIDTH;
            text.append(i == lines.size() - 1 || line.length() >= width ? line : line.stripTrailing() + " ");
        }
        return squeeze(text.toString());
    }

    /** Runs of spaces to one, stripped; null when nothing is left. */
    static String squeeze(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(c);
            }
        }
        String result = b.toString().strip();
        return result.isEmpty() ? null : result;
    }
}
