package bank.ledger.connectors.matching;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.ingestion.SentPayments;
import bank.ledger.domain.payment.api.SettlePayment;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The step before the rules: a debit line settles the one sent payment it names with its amount. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaymentSettlementTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final String BANK = "nostro";
    private final List<SettlePayment> sent = new ArrayList<>();
    private final List<SentPayments.Sent> known = new ArrayList<>();
    private final List<String> askedFor = new ArrayList<>();
    private final PaymentSettlement step = new PaymentSettlement(this::named, sent::add);

    private List<SentPayments.Sent> named(String ledgerAccountId, Collection<String> ids) {
        askedFor.add(ledgerAccountId);
        return known.stream().filter(p -> ids.contains(p.endToEndId())).toList();
    }

    private static OpenLine line(int no, long signedMinor, String endToEndId, String reference) {
        return new OpenLine("stmt-1", no, BANK, signedMinor, "EUR", DAY, DAY, reference, null, endToEndId, "Supplier",
                "Invoice", null, 0);
    }

    private static SentPayments.Sent payment(String id, String endToEndId, long amountMinor, String status) {
        return new SentPayments.Sent(id, endToEndId, "payment~" + id, amountMinor, "EUR", status);
    }

    private static LedgerItem hold(String id, long signedMinor) {
        return new LedgerItem("payment~" + id, 1, signedMinor, signedMinor, DAY, "Payment " + id, null, null);
    }

    @Nested
    class A_debit_line_with_the_payments_amount {
        @Test
        void settles_the_payment_and_proposes_its_hold_as_rule_payment() {
            known.add(payment("p1", "E2E-1", 4_500, "BATCHED"));
            OpenLine line = line(1, -4_500, "E2E-1", null);

            PaymentSettlement.PaymentLines lines = step.settle(BANK, List.of(line));

            assertThat(sent).containsExactly(new SettlePayment("p1", "stmt-1", 1));
            assertThat(lines.owns(line)).isTrue();
            assertThat(lines.propose(line, new Candidates(List.of(hold("p1", -4_500), hold("p2", -4_500)))))
                    .hasValueSatisfying(p -> {
                        assertThat(p.score()).isEqualTo(100);
                        assertThat(p.allocations().get(0).claims().get(0).part().entryId()).isEqualTo("payment~p1");
                    });
            assertThat(askedFor).containsExactly(BANK);
        }

        @Test
        void naming_it_by_the_banks_reference_settles_it_too() {
            known.add(payment("p1", "E2E-1", 4_500, "ACCEPTED"));

            step.settle(BANK, List.of(line(1, -4_500, null, "E2E-1")));

            assertThat(sent).extracting(SettlePayment::paymentId).containsExactly("p1");
        }

        @Test
        void of_a_settled_payment_sends_nothing_and_still_belongs_to_it() {
            known.add(payment("p1", "E2E-1", 4_500, "SETTLED"));
            OpenLine line = line(1, -4_500, "E2E-1", null);

            assertThat(step.settle(BANK, List.of(line)).owns(line)).isTrue();
            assertThat(sent).isEmpty();
        }

        @Test
        void waits_while_the_hold_is_not_in_the_read_model_or_another_line_took_it() {
            known.add(payment("p1", "E2E-1", 4_500, "BATCHED"));
            OpenLine line = line(1, -4_500, "E2E-1", null);

            PaymentSettlement.PaymentLines lines = step.settle(BANK, List.of(line));

            assertThat(lines.owns(line)).isTrue();
            assertThat(lines.propose(line, new Candidates(List.of()))).isEmpty();
            assertThat(lines.propose(line, new Candidates(List.of(hold("p1", -4_499))))).isEmpty();
        }
    }

    @Nested
    class Left_to_a_person {
        @Test
        void a_line_one_cent_off_settles_nothing() {
            known.add(payment("p1", "E2E-1", 4_500, "BATCHED"));
            OpenLine line = line(1, -4_501, "E2E-1", null);

            PaymentSettlement.PaymentLines lines = step.settle(BANK, List.of(line));

            assertThat(sent).isEmpty();
            assertThat(lines.owns(line)).isTrue();
            assertThat(lines.propose(line, new Candidates(List.of(hold("p1", -4_501))))).isEmpty();
        }

        @Test
        void two_payments_under_one_end_to_end_id_with_the_same_amount_are_ambiguous() {
            known.add(payment("p1", "E2E-1", 4_500, "BATCHED"));
            known.add(payment("p2", "E2E-1", 4_500, "BATCHED"));

            step.settle(BANK, List.of(line(1, -4_500, "E2E-1", null)));

            assertThat(sent).isEmpty();
        }

        @Test
        void a_payment_the_bank_rejected_meanwhile_is_refused_and_the_line_waits_for_a_person() {
            PaymentSettlement refusing = new PaymentSettlement(this::named2, command -> {
                throw LedgerRefusal.of(RefusalCode.PAYMENT_NOT_PENDING, "paymentId", "rejected");
            });
            OpenLine line = line(1, -4_500, "E2E-1", null);

            PaymentSettlement.PaymentLines lines = refusing.settle(BANK, List.of(line));

            assertThat(lines.owns(line)).isTrue();
            assertThat(lines.propose(line, new Candidates(List.of(hold("p1", -4_500))))).isEmpty();
        }

        private List<SentPayments.Sent> named2(String ledgerAccountId, Collection<String> ids) {
            return List.of(payment("p1", "E2E-1", 4_500, "BATCHED"));
        }
    }

    @Nested
    class Not_a_payments_line {
        @Test
        void a_credit_line_is_not_looked_up() {
            known.add(payment("p1", "E2E-1", 4_500, "BATCHED"));
            OpenLine line = line(1, 4_500, "E2E-1", null);

            assertThat(step.settle(BANK, List.of(line)).owns(line)).isFalse();
            assertThat(askedFor).isEmpty();
            assertThat(sent).isEmpty();
        }

        @Test
        void a_debit_naming_no_sent_payment_goes_to_the_rules() {
            OpenLine line = line(1, -4_500, "E2E-unknown", null);

            assertThat(step.settle(BANK, List.of(line)).owns(line)).isFalse();
        }
    }
}
