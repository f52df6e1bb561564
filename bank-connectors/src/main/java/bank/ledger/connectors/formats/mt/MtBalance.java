package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.CreditDebit;
import java.math.BigDecimal;

/**
 * A balance field (":60F:", ":62M:", ":64:", ":65:") as text: mark, YYMMDD date, currency, amount. Spaces
 * between the parts are tolerated. The date stays text until the statement knows its own date.
 */
record MtBalance(CreditDebit creditDebit, String date, String currency, BigDecimal amount, int line, String raw) {

    /** The balance, or null when the text is no balance (no mark, no six-digit date, no currency, no amount). */
    static MtBalance parse(MtField field) {
        String text = field.first().replace(" ", "");
        if (text.length() < 11 || "CD".indexOf(text.charAt(0)) < 0 || !SwiftValues.isDigits(text, 1, 7)
                || !isCurrency(text, 7)) {
            return null;
        }
        BigDecimal amount = SwiftValues.amount(text.substring(10));
        if (amount == null) {
            return null;
        }
        return new MtBalance(text.charAt(0) == 'C' ? CreditDebit.CRDT : CreditDebit.DBIT, text.substring(1, 7),
                text.substring(7, 10), amount, field.line(), field.first());
    }

    static boolean isCurrency(String text, int at) {
        if (at + 3 > text.length()) {
            return false;
        }
        for (int i = at; i < at + 3; i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The currency a field states, for the statement's currency: balances, floor limits, totals. */
    static String currencyOf(MtField field) {
        String text = field.first().replace(" ", "");
        return switch (field.tag()) {
            case "60F", "60M", "62F", "62M", "64", "65" -> text.length() >= 10 && isCurrency(text, 7)
                    ? text.substring(7, 10) : null;
            case "34F" -> isCurrency(text, 0) ? text.substring(0, 3) : null;
            case "90D", "90C" -> {
                int i = 0;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                yield isCurrency(text, i) ? text.substring(i, i + 3) : null;
            }
            default -> null;
        };
    }
}
