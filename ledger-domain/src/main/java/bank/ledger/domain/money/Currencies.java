package bank.ledger.domain.money;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.Currency;

/**
 * ISO 4217 currencies and their minor-unit exponents (KWD, BHD, OMR: 3; JPY: 0; EUR: 2). The JDK's
 * table is the source; codes without a defined exponent (XAU, XXX, ...) are not money and are refused.
 */
public final class Currencies {
    /** No ISO 4217 currency has more than 4 decimals (CLF, UYW); anything else is not a currency. */
    public static final int EXPONENT_MAX = 4;

    private Currencies() {
    }

    /** The currency's number of decimals, or a refusal naming {@code field} if it is not a currency. */
    public static int exponent(String currencyCode, String field) {
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}")) {
            throw unsupported(currencyCode, field);
        }
        try {
            int exponent = Currency.getInstance(currencyCode).getDefaultFractionDigits();
            if (exponent < 0 || exponent > EXPONENT_MAX) {
                throw unsupported(currencyCode, field);
            }
            return exponent;
        } catch (IllegalArgumentException notIso) {
            throw unsupported(currencyCode, field);
        }
    }

    public static int exponent(String currencyCode) {
        return exponent(currencyCode, "currency");
    }

    public static boolean isSupported(String currencyCode) {
        try {
            exponent(currencyCode, null);
            return true;
        } catch (LedgerRefusal refusal) {
            return false;
        }
    }

    private static LedgerRefusal unsupported(String code, String field) {
        return LedgerRefusal.of(RefusalCode.UNSUPPORTED_CURRENCY, field,
                "'" + code + "' is not an ISO 4217 currency with minor units");
    }
}
