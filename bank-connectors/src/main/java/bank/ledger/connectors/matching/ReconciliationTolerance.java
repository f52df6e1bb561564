package bank.ledger.connectors.matching;

import bank.ledger.domain.money.Currencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The difference between a bank line and its ledger posting that reconciliation accepts as a fee or an
 * FX difference, per currency: at most the currency's absolute tolerance or {@code percent} percent of
 * the posting, whichever is larger. The absolute tolerance is listed per currency in minor units
 * ({@code ledger.reconciliation.tolerance-minor.EUR=500}); a currency not listed uses the default,
 * written in major units and scaled by the currency's decimals (5 is 500 EUR cents, 5 yen, 5000 KWD
 * fils), rounded down when the default has more decimals than the currency (never more tolerant than
 * written). One amount "as written" in every currency tolerated 0.500 KWD but 500 JPY.
 */
public final class ReconciliationTolerance {
    private final BigDecimal defaultMajor;
    private final Map<String, Long> listedMinor;
    private final long percent;

    public ReconciliationTolerance(BigDecimal defaultMajor, Map<String, Long> listedMinor, long percent) {
        if (defaultMajor == null || defaultMajor.signum() < 0 || percent < 0) {
            throw new IllegalArgumentException("the reconciliation tolerance and its percent must not be negative");
        }
        Map<String, Long> checked = new TreeMap<>();
        (listedMinor == null ? Map.<String, Long>of() : listedMinor).forEach((currency, minor) -> {
            Currencies.exponent(currency, "ledger.reconciliation.tolerance-minor"); // an unknown currency is a typo
            if (minor == null || minor < 0) {
                throw new IllegalArgumentException("the tolerance for " + currency + " must be minor units, not negative");
            }
            checked.put(currency, minor);
        });
        this.defaultMajor = defaultMajor;
        this.listedMinor = Map.copyOf(checked);
        this.percent = percent;
    }

    /** The absolute tolerance in the currency's minor units. */
    public long absoluteMinor(String currency) {
        Long listed = listedMinor.get(currency);
        if (listed != null) {
            return listed;
        }
        BigDecimal minor = defaultMajor.movePointRight(Currencies.exponent(currency)).setScale(0, RoundingMode.FLOOR);
        return minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : minor.longValueExact();
    }

    /** Whether a line {@code gapMinor} away from a posting of {@code postingMinor} (same currency) is tolerated. */
    public boolean tolerates(String currency, long gapMinor, long postingMinor) {
        // whole hundredths of the posting first, so no product can overflow (stricter by under 1%)
        return gapMinor <= absoluteMinor(currency) || gapMinor <= Math.abs(postingMinor) / 100 * percent;
    }
}
