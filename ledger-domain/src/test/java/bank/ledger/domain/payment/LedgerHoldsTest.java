package bank.ledger.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.payment.api.InitiatePayment;
import bank.ledger.domain.payment.api.Party;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The hold a payment places: booked on the day the money leaves, and refusals pointed at the payment's fields. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LedgerHoldsTest {
    static final LocalDate EXECUTION = LocalDate.of(2026, 11, 20);
    static final InitiatePayment PAYMENT = new InitiatePayment("pay-1", "alice", "nostro", "45.00", "EUR",
            new Party("Acme Ltd", "DE89370400440532013000", null), new Party("Supplier GmbH", "DE02100100109307118603",
            null), EXECUTION, "Invoice 42", "E2E-42");

    @Test
    void the_hold_is_effective_on_the_requested_execution_date_not_on_the_day_it_was_typed() {
        PostJournalEntry hold = LedgerHolds.holdOf("payment~pay-1", PAYMENT);

        assertThat(hold.effectiveDate()).isEqualTo(EXECUTION);
        assertThat(hold.pending()).isTrue();
        assertThat(hold.metadata()).containsEntry("paymentId", "pay-1").containsEntry("endToEndId", "E2E-42");
    }

    @Test
    void an_execution_date_in_a_closed_period_is_refused_at_requestedExecutionDate() {
        LedgerRefusal closed = LedgerRefusal.of(RefusalCode.PERIOD_CLOSED, "effectiveDate", "closed");

        assertThat(LedgerHolds.pointed(closed).field()).isEqualTo("requestedExecutionDate");
        assertThat(LedgerHolds.pointed(closed).code()).isEqualTo(RefusalCode.PERIOD_CLOSED);
    }

    @Test
    void the_paying_account_s_refusals_still_point_at_the_payment_s_fields() {
        LedgerRefusal funds = LedgerRefusal.of(RefusalCode.EXCEEDS_CREDITS, "postings[0].accountId", "no funds");

        assertThat(LedgerHolds.pointed(funds).field()).isEqualTo("accountId");
    }
}
