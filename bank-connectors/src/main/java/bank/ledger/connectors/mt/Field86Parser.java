package bank.ledger.connectors.mt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ":86:" information to the account owner. Either free text over up to six wrapped lines, or the
 * structured German form "GVC?00posting text?20remittance...?30bank?31account?32name", whose
 * sub-fields banks wrap anywhere, even between "?" and its two digits. Remittance in sub-fields
 * ?20-?29 and ?60-?63 may carry SEPA keys (EREF+ end-to-end id, SVWZ+ remittance text).
 */
final class Field86Parser {
    /** Width of a SWIFT narrative line: a line this long was wrapped by the bank, not by the author. */
    private static final int LINE_WIDTH = 65;
    private static final Pattern STRUCTURED = Pattern.compile("^(\\d{3})\\?\\d{2}.*", Pattern.DOTALL);
    private static final Pattern SUBFIELD = Pattern.compile("\\?(\\d{2})");
    private static final Pattern SEPA_KEY =
            Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT|IBAN|BIC)\\+");

    record Details(String description, String endToEndId, String counterparty, String counterpartyAccount,
                   String transactionCode) {
    }

    private Field86Parser() {
    }

    static Details parse(List<String> lines) {
        String joined = String.join("", lines).strip();
        if (STRUCTURED.matcher(joined).matches()) {
            return structured(joined);
        }
        return new Details(freeText(lines), null, null, null, null);
    }

    /** Joins wrapped lines: no space where the bank cut a full-width line, one space elsewhere. */
    static String freeText(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            text.append(i == lines.size() - 1 || line.length() >= LINE_WIDTH ? line : line.stripTrailing() + " ");
        }
        String result = text.toString().strip().replaceAll(" {2,}", " ");
        return result.isEmpty() ? null : result;
    }

    private static Details structured(String text) {
        Map<String, StringBuilder> subfields = new LinkedHashMap<>();
        Matcher m = SUBFIELD.matcher(text);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end(), Integer.parseInt(m.group(1))});
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String key = group(marks.get(i)[2]);
            subfields.computeIfAbsent(key, k -> new StringBuilder()).append(text, marks.get(i)[1], end);
        }
        String remittance = value(subfields, "remittance");
        Map<String, String> sepa = sepaKeys(remittance);
        String description = sepa.containsKey("SVWZ") ? sepa.get("SVWZ") : remittance;
        if (description == null) {
            description = value(subfields, "00");
        }
        String endToEnd = sepa.get("EREF");
        if ("NOTPROVIDED".equalsIgnoreCase(endToEnd)) {
            endToEnd = null;
        }
        return new Details(description, endToEnd, value(subfields, "name"), value(subfields, "31"),
                text.substring(0, 3));
    }

    /** ?20-?29 and ?60-?63 are one remittance text cut into pieces, ?32-?33 one name. */
    private static String group(int code) {
        if (code >= 20 && code <= 29 || code >= 60 && code <= 63) {
            return "remittance";
        }
        return code == 32 || code == 33 ? "name" : String.format("%02d", code);
    }

    private static String value(Map<String, StringBuilder> subfields, String key) {
        StringBuilder value = subfields.get(key);
        String text = value == null ? "" : value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static Map<String, String> sepaKeys(String remittance) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (remittance == null) {
            return keys;
        }
        Matcher m = SEPA_KEY.matcher(remittance);
        List<int[]> marks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        if (marks.isEmpty() || marks.get(0)[0] != 0) {
            return keys; // plain remittance text that merely contains a word like "IBAN+"
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : remittance.length();
            keys.putIfAbsent(names.get(i), remittance.substring(marks.get(i)[1], end).strip());
        }
        return keys;
    }
}
