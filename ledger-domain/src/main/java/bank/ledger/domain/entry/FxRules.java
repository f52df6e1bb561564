package bank.ledger.domain.entry;

import bank.ledger.domain.entry.api.FxLeg;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.FxRate;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerCalendar;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An entry that spans currencies (docs/currencies.md): each currency still balances on its own, through
 * designated FX clearing accounts, and the rates on the entry must make the FX legs agree. Pure functions.
 */
final class FxRules {
    static final int LEGS_MAX = 8;
    static final int SOURCE_LENGTH_MAX = 100;

    private FxRules() {
    }

    /** Everything about the legs that needs no account. */
    static void validateShape(List<FxLeg> legs, boolean pending) {
        if (legs.isEmpty()) {
            return;
        }
        if (pending) {
            throw Fields.invalid("fx", "a hold is in one currency; exchange rates are for posted entries");
        }
        if (legs.size() > LEGS_MAX) {
            throw Fields.invalid("fx", "at most " + LEGS_MAX + " exchange rates on one entry");
        }
        for (int i = 0; i < legs.size(); i++) {
            FxLeg leg = legs.get(i);
            String field = "fx[" + i + "]";
            if (leg == null) {
                throw Fields.invalid(field, "exchange rate is required");
            }
            Currencies.exponent(leg.baseCurrency(), field + ".baseCurrency");
            Currencies.exponent(leg.quoteCurrency(), field + ".quoteCurrency");
            if (leg.baseCurrency().equals(leg.quoteCurrency())) {
                throw LedgerRefusal.of(RefusalCode.FX_LEG_MISMATCH, field, "a rate joins two different currencies");
            }
            FxRate.parse(leg.rate(), field + ".rate");
            Fields.requireText(leg.source(), field + ".source", SOURCE_LENGTH_MAX);
            if (leg.rateDate() == null) {
                throw Fields.invalid(field + ".rateDate", "the day the rate was quoted for is required");
            }
            LedgerCalendar.requireInCalendar(leg.rateDate(), field + ".rateDate");
        }
    }

    /**
     * A one-currency entry needs no rate; an entry in several currencies needs each currency in exactly one
     * leg, a posting on an FX clearing account in each currency, and FX amounts that agree with the rate.
     */
    static void requireConsistent(List<Posting> postings, List<FxLeg> legs, Set<String> fxAccounts) {
        Set<String> currencies = new TreeSet<>();
        postings.forEach(p -> currencies.add(p.currency()));
        if (currencies.size() == 1 && legs.isEmpty()) {
            return;
        }
        if (legs.isEmpty()) {
            throw LedgerRefusal.of(RefusalCode.FX_RATE_REQUIRED, "fx",
                    "the entry spans " + currencies + ": give the exchange rate that joins them");
        }
        Map<String, Integer> legByCurrency = legsByCurrency(legs, currencies);
        if (!legByCurrency.keySet().equals(currencies)) {
            Set<String> missing = new TreeSet<>(currencies);
            missing.removeAll(legByCurrency.keySet());
            throw LedgerRefusal.of(RefusalCode.FX_LEG_MISMATCH, "fx", "no exchange rate for " + missing);
        }
        Map<String, Long> fxNet = fxNetByCurrency(postings, fxAccounts);
        for (String currency : currencies) {
            if (fxNet.getOrDefault(currency, 0L) == 0) {
                throw LedgerRefusal.of(RefusalCode.FX_ACCOUNT_REQUIRED, "postings",
                        "the " + currency + " side must pass through an FX clearing account");
            }
        }
        for (int i = 0; i < legs.size(); i++) {
            requireAgrees(legs.get(i), fxNet, "fx[" + i + "].rate");
        }
    }

    private static Map<String, Integer> legsByCurrency(List<FxLeg> legs, Set<String> currencies) {
        Map<String, Integer> byCurrency = new TreeMap<>();
        for (int i = 0; i < legs.size(); i++) {
            for (String currency : List.of(legs.get(i).baseCurrency(), legs.get(i).quoteCurrency())) {
                if (!currencies.contains(currency)) {
                    throw LedgerRefusal.of(RefusalCode.FX_LEG_MISMATCH, "fx[" + i + "]",
                            "the entry has no " + currency + " posting");
                }
                if (byCurrency.put(currency, i) != null) {
                    throw LedgerRefusal.of(RefusalCode.FX_LEG_MISMATCH, "fx[" + i + "]",
                            currency + " is in more than one exchange rate");
                }
            }
        }
        return byCurrency;
    }

    /** Debit-positive net of the postings on FX clearing accounts, per currency. */
    static Map<String, Long> fxNetByCurrency(List<Posting> postings, Set<String> fxAccounts) {
        Map<String, Long> net = new TreeMap<>();
        for (Posting posting : postings) {
            if (fxAccounts.contains(posting.accountId())) {
                long signed = posting.side() == Side.DEBIT ? posting.amountMinor() : -posting.amountMinor();
                net.merge(posting.currency(), signed, Math::addExact);
            }
        }
        return net;
    }

    private static void requireAgrees(FxLeg leg, Map<String, Long> fxNet, String field) {
        long base = fxNet.get(leg.baseCurrency());
        long quote = fxNet.get(leg.quoteCurrency());
        FxRate rate = FxRate.parse(leg.rate(), field);
        boolean opposite = Long.signum(base) == -Long.signum(quote);
        if (!opposite || !rate.agrees(Math.abs(base), Currencies.exponent(leg.baseCurrency()),
                Math.abs(quote), Currencies.exponent(leg.quoteCurrency()))) {
            throw LedgerRefusal.of(RefusalCode.FX_RATE_MISMATCH, field, "the FX clearing amounts "
                    + leg.baseCurrency() + " " + Math.abs(base) + " and " + leg.quoteCurrency() + " " + Math.abs(quote)
                    + " (minor units, one paid in and one paid out) do not agree with the rate " + leg.rate());
        }
    }
}
