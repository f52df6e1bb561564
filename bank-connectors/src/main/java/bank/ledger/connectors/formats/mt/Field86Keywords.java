package bank.ledger.connectors.formats.mt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dutch keyword ":86:" (ABN AMRO SEPA, ING "Mijn ING Zakelijk", Rabobank): "/TRTP/SEPA OVERBOEKING/IBAN/NL.../
 * BIC/.../NAME/.../REMI/.../EREF/...". A value runs to the next known keyword, so a remittance with a slash
 * in it ("invoice 12/2024") stays whole. ING writes the other party positionally as /CNTP/account/BIC/name/
 * city/ and the remittance as /REMI/USTD//text/ or /REMI/STRD/CUR/reference/.
 */
final class Field86Keywords {
    private static final Set<String> KEYS = Set.of("TRTP", "CSID", "MARF", "EREF", "PREF", "RTRN", "ACCW", "BENM",
            "ORDP", "NAME", "ADDR", "REMI", "IBAN", "BIC", "CNTP", "ISDT", "ULTC", "ULTD", "ULTB", "PURP", "SVCL",
            "EXCH", "CHGS", "OCMT", "SUM", "TRCD", "USTD", "STRD", "CDTRREF", "CDTRREFTP", "RTYP", "BUSP", "IREF");

    private Field86Keywords() {
    }

    /** "/TRTP/..." or "/EREF/...": a slash, a known keyword, a slash. */
    static boolean looksKeyed(String text) {
        int second = text.indexOf('/', 1);
        return text.startsWith("/") && second > 1 && KEYS.contains(text.substring(1, second));
    }

    static Field86Parser.Details parse(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> current = null;
        for (String token : text.split("/", -1)) {
            if (KEYS.contains(token) && (current == null || !values.containsKey(token))) {
                current = new ArrayList<>();
                values.put(token, current);
            } else if (current != null) {
                current.add(token);
            }
        }
        List<String> party = values.getOrDefault("CNTP", List.of());
        String name = first(value(values, "NAME"), part(party, 2));
        String account = first(value(values, "IBAN"), part(party, 0));
        String remittance = first(value(values, "REMI"), value(values, "USTD"), value(values, "CDTRREF"));
        if (remittance == null && values.containsKey("STRD")) {
            remittance = value(values, "STRD");
        }
        String endToEnd = value(values, "EREF");
        if ("NOTPROVIDED".equalsIgnoreCase(endToEnd)) {
            endToEnd = null;
        }
        return new Field86Parser.Details(remittance, endToEnd, name, account, value(values, "TRTP"));
    }

    /** The tokens of a keyword joined back with their slashes, outer slashes and blanks removed. */
    private static String value(Map<String, List<String>> values, String key) {
        List<String> tokens = values.get(key);
        if (tokens == null) {
            return null;
        }
        String joined = String.join("/", tokens);
        int start = 0;
        int end = joined.length();
        while (start < end && (joined.charAt(start) == '/' || joined.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (joined.charAt(end - 1) == '/' || joined.charAt(end - 1) == ' ')) {
            end--;
        }
        return Field86Parser.squeeze(joined.substring(start, end));
    }

    private static String part(List<String> tokens, int index) {
        return index < tokens.size() ? Field86Parser.squeeze(tokens.get(index)) : null;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
