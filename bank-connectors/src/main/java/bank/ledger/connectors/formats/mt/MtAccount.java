package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Account;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * ":25:" account identification as banks write it: an IBAN ("NL91 ABNA 0417 1643 00" with spaces, "/PL61..."
 * with a leading slash as Polish banks do, "NL69INGB0123456789EUR" with the currency after it as ING does),
 * "BIC/account", "bank code/account", or a bare number.
 */
final class MtAccount {
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private MtAccount() {
    }

    static Account parse(String text, String headerBic) {
        String value = compact(text);
        String bic = headerBic;
        int slash = value.indexOf('/');
        if (slash > 0 && BIC.matcher(value.substring(0, slash)).matches()) {
            bic = value.substring(0, slash);
            value = value.substring(slash + 1);
        }
        String suffixed = withoutCurrency(value);
        if (suffixed != null) {
            return new Account(suffixed, null, bic);
        }
        return isIban(value) ? new Account(value, null, bic) : new Account(null, value.isEmpty() ? null : value, bic);
    }

    /** The currency ING appends to the IBAN ("...6789EUR"), or null. */
    static String currencySuffix(String text) {
        String value = compact(text);
        return withoutCurrency(value) == null ? null : value.substring(value.length() - 3);
    }

    private static String compact(String text) {
        String value = text.strip().replace(" ", "");
        return value.startsWith("/") ? value.substring(1) : value;
    }

    private static String withoutCurrency(String value) {
        if (value.length() < 8 || isIban(value)) {
            return null;
        }
        String head = value.substring(0, value.length() - 3);
        String tail = value.substring(value.length() - 3);
        return CURRENCY.matcher(tail).matches() && isIban(head) ? head : null;
    }

    /** ISO 13616 check: letters to numbers, moved check digits, remainder 1 modulo 97. */
    static boolean isIban(String value) {
        if (value == null || value.length() > 34 || !IBAN.matcher(value).matches()) {
            return false;
        }
        String rearranged = value.substring(4) + value.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
