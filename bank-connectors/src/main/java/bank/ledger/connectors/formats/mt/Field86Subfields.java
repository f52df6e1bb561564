package bank.ledger.connectors.formats.mt;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * German and Polish ":86:" sub-fields. ?00 posting text, ?10 prima nota, ?20-?29 and ?60-?63 remittance
 * (SEPA keys EREF+, SVWZ+... inside), ?30 bank code or BIC and ?31 account of the other party, ?32-?33 its
 * name, ?34 return code, ?38 its IBAN (Polish banks and some German ones). The leading three digits are the
 * bank's business transaction code (GVC).
 */
final class Field86Subfields {
    private static final String[] SEPA_KEYS = {"EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "COAM",
        "OAMT", "IBAN", "BIC"};

    private Field86Subfields() {
    }

    static Field86Parser.Details parse(String text, char separator) {
        Map<String, StringBuilder> subfields = new LinkedHashMap<>();
        String key = null;
        int from = 0;
        int i = SwiftValues.isDigits(text, 0, 3) ? 3 : 0;
        for (; i <= text.length(); i++) {
            boolean mark = i < text.length() && text.charAt(i) == separator && SwiftValues.isDigits(text, i + 1, i + 3);
            if (i == text.length() || mark) {
                if (key != null) {
                    subfields.computeIfAbsent(key, k -> new StringBuilder()).append(text, from, i);
                }
                if (mark) {
                    key = group(Integer.parseInt(text.substring(i + 1, i + 3)));
                    from = i + 3;
                    i += 2;
                }
            }
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
        return new Field86Parser.Details(description, endToEnd, value(subfields, "name"), account(subfields),
                SwiftValues.isDigits(text, 0, 3) ? text.substring(0, 3) : null);
    }

    /** ?38 (IBAN) if given, else ?31, prefixed by a German bank code from ?30 when ?31 is no IBAN. */
    private static String account(Map<String, StringBuilder> subfields) {
        String iban = value(subfields, "38");
        if (iban != null) {
            return iban.replace(" ", "");
        }
        String account = value(subfields, "31");
        String bank = value(subfields, "30");
        if (account != null && bank != null && bank.length() == 8 && SwiftValues.isDigits(bank, 0, 8)
                && !MtAccount.isIban(account)) {
            return bank + "/" + account;
        }
        return account;
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
        return value == null ? null : Field86Parser.squeeze(value.toString());
    }

    /** "EREF+E1 SVWZ+text": the keyed parts, when the remittance starts with a key (else it is plain text). */
    private static Map<String, String> sepaKeys(String remittance) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (remittance == null) {
            return keys;
        }
        String key = null;
        int from = 0;
        for (int i = 0; i <= remittance.length(); i++) {
            String found = i < remittance.length() ? keyAt(remittance, i) : null;
            if (i == 0 && found == null) {
                return keys; // plain remittance text that merely contains a word like "IBAN+"
            }
            if (i == remittance.length() || found != null) {
                if (key != null) {
                    keys.putIfAbsent(key, remittance.substring(from, i).strip());
                }
                if (found != null) {
                    key = found;
                    from = i + found.length() + 1;
                    i = from - 1;
                }
            }
        }
        return keys;
    }

    private static String keyAt(String text, int i) {
        for (String key : SEPA_KEYS) {
            if (text.startsWith(key, i) && i + key.length() < text.length() && text.charAt(i + key.length()) == '+') {
                return key;
            }
        }
        return null;
    }
}
