package bank.ledger.domain.payment;

import static bank.ledger.domain.support.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.payment.api.AcceptPayment;
import bank.ledger.domain.payment.api.BatchPayment;
import bank.ledger.domain.payment.api.InitiatePayment;
import bank.ledger.domain.payment.api.Party;
import bank.ledger.domain.payment.api.PaymentAccepted;
import bank.ledger.domain.payment.api.PaymentBatched;
import bank.ledger.domain.payment.api.PaymentInitiated;
import bank.ledger.domain.payment.api.PaymentRejected;
import bank.ledger.domain.payment.api.PaymentSettled;
import bank.ledger.domain.payment.api.RejectPayment;
import bank.ledger.domain.payment.api.SettlePayment;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The payment's decisions with Axon's fixture; its hold's movements recorded by a double. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaymentTest {
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    static final String ID = "pay-1";
    static final String HOLD = "payment~pay-1";
    static final Party DEBTOR = new Party("Acme Ltd", "DE89370400440532013000", "COBADEFFXXX");
    static final Party CREDITOR = new Party("Supplier GmbH", "DE02100100109307118603", null);
    private FixtureConfiguration<Payment> fixture;
    private final RecordingHolds holds = new RecordingHolds();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
        fixture.registerAnnotatedCommandHandler(
                new PaymentCommandHandler(fixture.getRepository(), holds, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    static InitiatePayment initiate(String amount) {
        return new InitiatePayment(ID, "alice", "nostro", amount, null, DEBTOR, CREDITOR, LocalDate.of(2026, 12, 3),
                "Invoice 42", "E2E-42");
    }

    static PaymentInitiated initiated() {
        return new PaymentInitiated(ID, HOLD, "alice", "nostro", 12_50, "EUR", DEBTOR, CREDITOR,
                LocalDate.of(2026, 12, 3), "Invoice 42", "E2E-42", PaymentRules.fingerprint(initiate("12.50")), NOW);
    }

    static PaymentBatched batched() {
        return new PaymentBatched(ID, "alice", "b-1", "MSG-1", "PMT-1", "1", NOW);
    }

    @Nested
    class Initiating {
        @Test
        void places_the_hold_and_records_the_payment() {
            fixture.givenNoPriorActivity().when(initiate("12.50")).expectSuccessfulHandlerExecution()
                    .expectEvents(initiated());
            assertThat(holds.calls).containsExactly("place " + HOLD);
        }

        @Test
        void the_same_request_again_answers_the_first_result_and_holds_nothing_more() {
            fixture.given(initiated()).when(initiate("12.50")).expectSuccessfulHandlerExecution().expectNoEvents();
            assertThat(holds.calls).isEmpty();
        }

        @Test
        void the_same_id_with_other_content_is_a_conflict() {
            fixture.given(initiated()).when(initiate("99.00"))
                    .expectException(refusal(RefusalCode.IDEMPOTENCY_CONFLICT, "paymentId"));
        }

        @Test
        void a_refused_hold_refuses_the_payment_with_the_ledgers_own_code() {
            holds.refuseWith = LedgerRefusal.of(RefusalCode.EXCEEDS_CREDITS, "accountId", "not enough");
            fixture.givenNoPriorActivity().when(initiate("12.50"))
                    .expectException(refusal(RefusalCode.EXCEEDS_CREDITS, "accountId")).expectNoEvents();
        }

        @Test
        void a_creditor_iban_with_wrong_check_digits_is_refused_before_any_hold() {
            InitiatePayment wrong = new InitiatePayment(ID, "alice", "nostro", "1.00", null, DEBTOR,
                    new Party("Supplier", "DE03100100109307118603", null), LocalDate.of(2026, 12, 3), null, "E2E-1");
            fixture.givenNoPriorActivity().when(wrong).expectException(refusal(RefusalCode.INVALID_IBAN, "creditor.iban"));
            assertThat(holds.calls).isEmpty();
        }

        @Test
        void an_end_to_end_id_longer_than_iso_allows_is_refused() {
            InitiatePayment tooLong = new InitiatePayment(ID, "alice", "nostro", "1.00", null, DEBTOR, CREDITOR,
                    LocalDate.of(2026, 12, 3), null, "E".repeat(36));
            fixture.givenNoPriorActivity().when(tooLong).expectException(refusal(RefusalCode.INVALID_FIELD, "endToEndId"));
        }

        @Test
        void a_zero_amount_is_refused() {
            fixture.givenNoPriorActivity().when(initiate("0.00"))
                    .expectException(refusal(RefusalCode.NON_POSITIVE_AMOUNT, "amount"));
        }
    }

    @Nested
    class Batching {
        @Test
        void an_initiated_payment_goes_into_one_batch() {
            fixture.given(initiated()).when(new BatchPayment(ID, "b-1", "MSG-1", "PMT-1", "1"))
                    .expectEvents(batched());
        }

        @Test
        void the_same_batch_again_changes_nothing() {
            fixture.given(initiated(), batched()).when(new BatchPayment(ID, "b-1", "MSG-1", "PMT-1", "1"))
                    .expectSuccessfulHandlerExecution().expectNoEvents();
        }

        @Test
        void a_batched_payment_is_refused_by_another_batch() {
            fixture.given(initiated(), batched()).when(new BatchPayment(ID, "b-2", "MSG-2", "PMT-1", "1"))
                    .expectException(refusal(RefusalCode.PAYMENT_NOT_PENDING, "paymentId"));
        }

        @Test
        void an_unknown_payment_is_not_found() {
            fixture.givenNoPriorActivity().when(new BatchPayment("nope", "b-1", "MSG-1", "PMT-1", "1"))
                    .expectException(refusal(RefusalCode.PAYMENT_NOT_FOUND, "paymentId"));
        }
    }

    @Nested
    class The_banks_decision {
        @Test
        void acceptance_posts_the_hold() {
            fixture.given(initiated(), batched()).when(new AcceptPayment(ID, "RPT-1", "ACCP"))
                    .expectEvents(new PaymentAccepted(ID, "alice", HOLD, "RPT-1", "ACCP", NOW));
            assertThat(holds.calls).containsExactly("post " + HOLD);
        }

        @Test
        void rejection_voids_the_hold_and_keeps_the_reason() {
            fixture.given(initiated(), batched()).when(new RejectPayment(ID, "RPT-1", "RJCT", "AC04", "closed account"))
                    .expectEvents(new PaymentRejected(ID, "alice", HOLD, "RPT-1", "RJCT", "AC04", "closed account", NOW));
            assertThat(holds.calls).containsExactly("release " + HOLD);
        }

        @Test
        void a_report_read_twice_accepts_once() {
            fixture.given(initiated(), batched(), new PaymentAccepted(ID, "alice", HOLD, "RPT-1", "ACCP", NOW))
                    .when(new AcceptPayment(ID, "RPT-1", "ACCP")).expectSuccessfulHandlerExecution().expectNoEvents();
            assertThat(holds.calls).isEmpty();
        }

        @Test
        void a_rejected_payment_cannot_be_accepted() {
            fixture.given(initiated(), batched(), new PaymentRejected(ID, "alice", HOLD, "RPT-1", "RJCT", "AC04", null, NOW))
                    .when(new AcceptPayment(ID, "RPT-2", "ACCP"))
                    .expectException(refusal(RefusalCode.PAYMENT_NOT_PENDING, "paymentId"));
        }

        @Test
        void an_accepted_payment_cannot_be_rejected() {
            fixture.given(initiated(), batched(), new PaymentAccepted(ID, "alice", HOLD, "RPT-1", "ACCP", NOW))
                    .when(new RejectPayment(ID, "RPT-2", "RJCT", "AM04", null))
                    .expectException(refusal(RefusalCode.PAYMENT_NOT_PENDING, "paymentId"));
            assertThat(holds.calls).isEmpty();
        }
    }

    @Nested
    class Settling_from_a_statement_line {
        @Test
        void settles_an_accepted_payment_without_posting_again() {
            fixture.given(initiated(), batched(), new PaymentAccepted(ID, "alice", HOLD, "RPT-1", "ACCP", NOW))
                    .when(new SettlePayment(ID, "stmt-1", 3))
                    .expectEvents(new PaymentSettled(ID, "alice", HOLD, "stmt-1", 3, false, NOW));
            assertThat(holds.calls).isEmpty();
        }

        @Test
        void posts_the_hold_of_a_payment_no_report_accepted() {
            fixture.given(initiated(), batched()).when(new SettlePayment(ID, "stmt-1", 3))
                    .expectEvents(new PaymentSettled(ID, "alice", HOLD, "stmt-1", 3, true, NOW));
            assertThat(holds.calls).containsExactly("post " + HOLD);
        }

        @Test
        void a_rejected_payment_is_not_settled() {
            fixture.given(initiated(), new PaymentRejected(ID, "alice", HOLD, "RPT-1", "RJCT", "AC04", null, NOW))
                    .when(new SettlePayment(ID, "stmt-1", 3))
                    .expectException(refusal(RefusalCode.PAYMENT_NOT_PENDING, "paymentId"));
        }
    }

    /** Records what would happen to the hold; refuses a placement when told to (insufficient funds). */
    static final class RecordingHolds implements PaymentHolds {
        final List<String> calls = new ArrayList<>();
        LedgerRefusal refuseWith;

        @Override
        public Posting place(String holdEntryId, InitiatePayment command, MetaData metadata) {
            if (refuseWith != null) {
                throw refuseWith;
            }
            calls.add("place " + holdEntryId);
            return new Posting(command.accountId(), Side.DEBIT, 12_50, "EUR");
        }

        @Override
        public void post(String holdEntryId, MetaData metadata) {
            calls.add("post " + holdEntryId);
        }

        @Override
        public void release(String holdEntryId, String reason) {
            calls.add("release " + holdEntryId);
        }
    }
}
