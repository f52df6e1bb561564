package bank.ledger.connectors.formats.roundtrip;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random statements that add up, around a year end (to exercise MT940's year-less entry dates), in
 * currencies with 0, 2 and 3 decimals, with amounts up to the 14 integer digits SWIFT allows.
 */
final class StatementArbitraries {
    static final String IBAN = "DE89370400440532013000";
    private static final LocalDate BASE = LocalDate.of(2023, 12, 1);

    /** What each format can carry: the text fields it has, and how they may look. */
    record Texts(Arbitrary<String> reference, Arbitrary<String> text, boolean parties) {
    }

    private StatementArbitraries() {
    }

    static Texts swiftTexts() {
        Arbitrary<String> ref = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(16)
                .filter(s -> !s.equals("NONREF"));
        Arbitrary<String> words = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                .list().ofMinSize(1).ofMaxSize(30).map(w -> String.join(" ", w));
        return new Texts(ref, words, false);
    }

    static Texts xmlTexts() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("äöüß€<>&\"'é中")
                .ofMinLength(1).ofMaxLength(80).map(String::strip).filter(s -> !s.isEmpty());
        return new Texts(text, text, true);
    }

    static Texts jsonTexts() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(60);
        return new Texts(text, text, true);
    }

    static Arbitrary<Statement> statements(String format, Texts texts, int maxDigits) {
        Arbitrary<String> currency = Arbitraries.of("EUR", "JPY", "KWD", "USD", "CHF");
        long max = pow10(maxDigits) - 1;
        Arbitrary<Long> opening = Arbitraries.longs().between(-max, max);
        Arbitrary<List<Entry>> entries = entry(texts, max).list().ofMaxSize(20);
        Arbitrary<Long> sequence = Arbitraries.longs().between(1, 99_999);
        Arbitrary<String> id = texts.reference();
        return Combinators.combine(currency, opening, entries, sequence, id).as((ccy, open, list, seq, sid) -> {
            long closing = open + list.stream().mapToLong(Entry::signedMinor).sum();
            return new Statement(format, new Account(IBAN, null, null), ccy, sid, seq, null,
                    Balance.ofSigned(open, BASE), Balance.ofSigned(closing, BASE.plusDays(40)), null, list);
        }).filter(s -> Math.abs(s.closingBalance().amountMinor()) <= max);
    }

    private static Arbitrary<Entry> entry(Texts texts, long max) {
        Arbitrary<Long> amount = Arbitraries.longs().between(0, max / 20);
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 60);
        Arbitrary<Integer> shift = Arbitraries.integers().between(-5, 5);
        Arbitrary<String> optionalRef = texts.reference().injectNull(0.3);
        Arbitrary<String> optionalText = texts.text().injectNull(0.2);
        Function<Boolean, Arbitrary<String>> party = on -> on ? texts.text().injectNull(0.3) : Arbitraries.just(null);
        return Combinators.combine(amount, Arbitraries.of(CreditDebit.class), day, shift, optionalRef, optionalRef,
                optionalText, Arbitraries.of(true, false)).flatAs((minor, cd, d, s, ref, ref2, text, reversal) -> {
            LocalDate value = BASE.plusDays(d);
            return Combinators.combine(party.apply(texts.parties()), party.apply(texts.parties())).as((e2e, name) ->
                    new Entry(minor, cd, value.plusDays(s), value, ref, texts.parties() ? null : ref2, e2e, name, null,
                            text, reversal, texts.parties() ? null : "NTRF", null, true));
        });
    }

    private static long pow10(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }
}
