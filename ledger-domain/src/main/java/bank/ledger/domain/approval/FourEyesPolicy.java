package bank.ledger.domain.approval;

import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.money.Currencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which commands need a second person, decided on the command itself (never on the URL it came by):
 * every reversal, every closing, and a posting whose total per currency (the sum of its debits, in
 * minor units) reaches that currency's threshold. Thresholds are in minor units per currency; a
 * currency not listed uses the default, written in major units and converted with the currency's
 * exponent (10000 is 1,000,000 EUR cents, 10,000,000 KWD fils, 10,000 yen), rounded up when the
 * default has more decimals than the currency (the threshold is never lowered by rounding).
 */
public final class FourEyesPolicy {
    public static final String REVERSAL = "reversal";
    public static final String CLOSE_ACCOUNT = "closeAccount";
    public static final String LARGE_POSTING = "largePosting";
    private final Map<String, Long> thresholdsMinor;
    private final BigDecimal defaultThresholdMajor;

    public FourEyesPolicy(Map<String, Long> thresholdsMinor, BigDecimal defaultThresholdMajor) {
        if (defaultThresholdMajor == null || defaultThresholdMajor.signum() <= 0) {
            throw new IllegalArgumentException("the default threshold must be a positive amount in major units");
        }
        Map<String, Long> checked = new TreeMap<>();
        (thresholdsMinor == null ? Map.<String, Long>of() : thresholdsMinor).forEach((currency, minor) -> {
            Currencies.exponent(currency, "ledger.maker-checker.thresholds"); // an unknown currency is a typo
            if (minor == null || minor <= 0) {
                throw new IllegalArgumentException("the threshold for " + currency + " must be positive minor units");
            }
            checked.put(currency, minor);
        });
        this.thresholdsMinor = Map.copyOf(checked);
        this.defaultThresholdMajor = defaultThresholdMajor;
    }

    /** The smallest total, in the currency's minor units, that needs a second person. */
    public long thresholdMinor(String currency) {
        Long listed = thresholdsMinor.get(currency);
        if (listed != null) {
            return listed;
        }
        BigDecimal minor = defaultThresholdMajor.movePointRight(Currencies.exponent(currency))
                .setScale(0, RoundingMode.CEILING);
        // a default beyond any amount the ledger can hold is a threshold no posting reaches
        return minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : minor.longValueExact();
    }

    /** The reason a posting with these resolved lines needs a second person, or empty. */
    public Optional<String> reasonForPostings(List<Posting> postings) {
        Map<String, Long> debitsByCurrency = new TreeMap<>();
        for (Posting posting : postings) {
            if (posting.side() == Side.DEBIT) {
                // saturating: a sum beyond a long is certainly above any threshold
                debitsByCurrency.merge(posting.currency(), posting.amountMinor(), FourEyesPolicy::saturatingAdd);
            }
        }
        return debitsByCurrency.entrySet().stream()
                .anyMatch(total -> total.getValue() >= thresholdMinor(total.getKey()))
                ? Optional.of(LARGE_POSTING) : Optional.empty();
    }

    public Optional<String> reasonForReversal() {
        return Optional.of(REVERSAL);
    }

    public Optional<String> reasonForClosing() {
        return Optional.of(CLOSE_ACCOUNT);
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
