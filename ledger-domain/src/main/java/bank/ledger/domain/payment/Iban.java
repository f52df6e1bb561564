package bank.ledger.domain.payment;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.regex.Pattern;

/**
 * IBAN (ISO 13616) and BIC (ISO 9362) checks: the shape ISO 20022 allows and, for an IBAN, the
 * mod-97 check digits, so a mistyped creditor account is refused before any money is held.
 */
public final class Iban {
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private Iban() {
    }

    /** True when the text is an IBAN in electronic form (no spaces) whose check digits hold. */
    public static boolean isValid(String iban) {
        return iban != null && IBAN.matcher(iban).matches() && mod97(iban) == 1;
    }

    public static void require(String iban, String field) {
        if (!isValid(iban)) {
            throw LedgerRefusal.of(RefusalCode.INVALID_IBAN, field,
                    field + " is not an IBAN: two letters, two check digits, up to 30 letters or digits, "
                            + "no spaces, mod-97 check digits right");
        }
    }

    /** An optional BIC: 8 or 11 characters (bank, country, location, branch). */
    public static void optionalBic(String bic, String field) {
        if (bic != null && !BIC.matcher(bic).matches()) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, field, field + " is a BIC of 8 or 11 capital letters and digits");
        }
    }

    /** The IBAN rearranged (country and check digits last), letters as 10..35, remainder mod 97, digit by digit. */
    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
