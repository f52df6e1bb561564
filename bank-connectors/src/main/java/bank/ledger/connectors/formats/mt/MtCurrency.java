package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import bank.ledger.domain.money.Currencies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A statement's currency: the first one a balance, floor limit or total states, else the one ING appends to
 * ":25:". One the ledger does not book in (not ISO 4217, or withdrawn like RUR) is flagged once for the
 * statement, and its amounts are read with two decimals.
 */
final class MtCurrency {
    /** Withdrawn ISO 4217 codes the JDK still lists; the ledger does not book in them. */
    private static final Set<String> WITHDRAWN = Set.of("RUR", "BYR", "LTL", "LVL", "EEK", "SKK", "MTL", "CYP", "SIT",
            "VEB", "VEF", "ZWD", "ZWN", "ZWR", "MRO", "STD", "TRL", "ROL", "CSD", "YUM", "GHC", "AZM", "MZM", "SDD",
            "TMM", "XFO", "XFU", "FRF", "DEM", "NLG", "ITL", "ESP", "BEF", "ATS", "PTE", "FIM", "IEP", "GRD", "LUF");

    private String code;
    private int exponent = 2;

    boolean from(List<MtField> fields, Flags flags) {
        MtField source = null;
        for (int i = 0; code == null && i < fields.size(); i++) {
            code = MtBalance.currencyOf(fields.get(i));
            source = fields.get(i);
        }
        for (int i = 0; code == null && i < fields.size(); i++) {
            if (fields.get(i).tag().equals("25")) {
                code = MtAccount.currencySuffix(fields.get(i).first());
                source = fields.get(i);
            }
        }
        if (code == null) {
            return false;
        }
        boolean known = Currencies.isSupported(code);
        exponent = known ? Currencies.exponent(code) : 2;
        if (!known || WITHDRAWN.contains(code)) {
            flags.add(WarningCodes.UNKNOWN_CURRENCY, source.line(), "currency " + code + " is not one the ledger"
                    + " books in" + (known ? " (withdrawn from ISO 4217)" : "") + "; read with " + exponent + " decimals");
        }
        return true;
    }

    String code() {
        return code;
    }

    int exponent() {
        return exponent;
    }

    /** Minor units of a positive amount; its excessDecimals warning (once per amount) goes to {@code warnings}. */
    long minor(BigDecimal exact, int line, List<Warning> warnings) {
        List<Warning> scratch = new ArrayList<>();
        long minor = Amounts.exactMinor(exact, code, line, scratch);
        // the unknown currency was flagged once for the statement; each amount need not repeat it
        scratch.stream().filter(w -> !w.code().equals(WarningCodes.UNKNOWN_CURRENCY)).forEach(warnings::add);
        return minor;
    }
}
