package bank.ledger.domain.entry;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Debits equal credits in every currency, or the entry is refused: one minor unit is enough to tell. */
class EntryRulesPropertiesTest {
    private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "KWD");

    @Provide
    Arbitrary<List<Posting>> balancedPostings() {
        Arbitrary<List<Long>> debits = Arbitraries.longs().between(1, 1_000_000_000_000L).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<Long>> credits = Arbitraries.longs().between(1, 1_000_000_000_000L).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<Posting>> oneCurrency = Arbitraries.of(CURRENCIES).flatMap(currency ->
                debits.flatMap(d -> credits.map(c -> balanced(currency, d, c))));
        return oneCurrency.list().ofMinSize(1).ofMaxSize(3).flatMap(groups -> Arbitraries.randoms().map(random -> {
            List<Posting> all = new ArrayList<>();
            groups.forEach(all::addAll);
            Collections.shuffle(all, random);
            return all;
        }));
    }

    /** Debit and credit lines in one currency, topped up on the short side so that they balance. */
    private static List<Posting> balanced(String currency, List<Long> debits, List<Long> credits) {
        List<Posting> postings = new ArrayList<>();
        debits.forEach(amount -> postings.add(new Posting("acc-" + postings.size(), Side.DEBIT, amount, currency)));
        credits.forEach(amount -> postings.add(new Posting("acc-" + postings.size(), Side.CREDIT, amount, currency)));
        long difference = debits.stream().mapToLong(Long::longValue).sum() - credits.stream().mapToLong(Long::longValue).sum();
        if (difference != 0) {
            Side shortSide = difference > 0 ? Side.CREDIT : Side.DEBIT;
            postings.add(new Posting("acc-top-up", shortSide, Math.abs(difference), currency));
        }
        return postings;
    }

    @Property(tries = 500)
    void balanced_postings_in_any_order_and_currency_mix_pass(@ForAll("balancedPostings") List<Posting> postings) {
        assertThatCode(() -> EntryRules.requireBalanced(postings)).doesNotThrowAnyException();
    }

    @Property(tries = 500)
    void moving_any_one_line_by_one_minor_unit_unbalances_the_entry(
            @ForAll("balancedPostings") List<Posting> postings, @ForAll Random random, @ForAll boolean up) {
        int index = random.nextInt(postings.size());
        Posting line = postings.get(index);
        long moved = up || line.amountMinor() == 1 ? line.amountMinor() + 1 : line.amountMinor() - 1;
        List<Posting> changed = new ArrayList<>(postings);
        changed.set(index, new Posting(line.accountId(), line.side(), moved, line.currency()));

        assertThatThrownBy(() -> EntryRules.requireBalanced(changed))
                .isInstanceOfSatisfying(LedgerRefusal.class, refusal -> {
                    org.assertj.core.api.Assertions.assertThat(refusal.code()).isEqualTo(RefusalCode.UNBALANCED_ENTRY);
                    org.assertj.core.api.Assertions.assertThat(refusal.field()).isEqualTo("postings");
                });
    }

    @Example
    void a_sum_beyond_a_long_is_refused_as_an_overflow_not_thrown_as_an_arithmetic_error() {
        List<Posting> postings = new ArrayList<>();
        long large = 999_999_999_999_999_999L; // 14 integer digits and 4 decimals, the largest amount allowed
        for (int i = 0; i < 10; i++) {
            postings.add(new Posting("debit-" + i, Side.DEBIT, large, "CLF"));
            postings.add(new Posting("credit-" + i, Side.CREDIT, large, "CLF"));
        }
        postings.sort(java.util.Comparator.comparing(Posting::side)); // all debits first: the running sum overflows
        assertThatThrownBy(() -> EntryRules.requireBalanced(postings))
                .isInstanceOfSatisfying(LedgerRefusal.class, refusal ->
                        org.assertj.core.api.Assertions.assertThat(refusal.code()).isEqualTo(RefusalCode.AMOUNT_OVERFLOW));
    }
}
