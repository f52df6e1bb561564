package bank.ledger.connectors.mt;

import bank.ledger.connectors.statement.Account;
import java.math.BigInteger;

/** ":25:" account identification: an IBAN, "BIC/account", "bank code/account", or a bare number. */
final class MtAccount {
    private static final String BIC = "[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?";

    private MtAccount() {
    }

    static Account parse(String text, String headerBic) {
        String value = text.strip().replace(" ", "");
        String bic = headerBic;
        int slash = value.indexOf('/');
        if (slash > 0 && value.substring(0, slash).matches(BIC)) {
            bic = value.substring(0, slash);
            value = value.substring(slash + 1);
        }
        return isIban(value) ? new Account(value, null, bic) : new Account(null, value, bic);
    }

    /** ISO 13616 check: letters to numbers, moved check digits, remainder 1 modulo 97. */
    static boolean isIban(String value) {
        if (!value.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
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
