package bank.ledger.connectors.payments;

import bank.ledger.domain.payment.api.PaymentAccepted;
import bank.ledger.domain.payment.api.PaymentBatched;
import bank.ledger.domain.payment.api.PaymentInitiated;
import bank.ledger.domain.payment.api.PaymentRejected;
import bank.ledger.domain.payment.api.PaymentSettled;
import bank.ledger.domain.payment.api.PaymentStatus;
import bank.ledger.domain.text.StoredText;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read model {@code payment} (one row per payment, its current status) and {@code payment_history} (one
 * row per event: what the bank or a person decided, when, by whom). Idempotent: a row changes only for
 * an event later in the payment's stream than the one it shows, and history rows are keyed by sequence.
 */
@Component
@Profile("projections")
@ProcessingGroup(PaymentProjection.PROCESSING_GROUP)
public class PaymentProjection {
    public static final String PROCESSING_GROUP = "payments";
    private final JdbcTemplate jdbc;

    public PaymentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PaymentInitiated e, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue("actor") String actor) {
        jdbc.update("""
                insert into payment (payment_id, account_id, clearing_account_id, hold_entry_id, amount_minor, currency,
                    debtor_name, debtor_iban, debtor_bic, creditor_name, creditor_iban, creditor_bic,
                    requested_execution_date, remittance_information, end_to_end_id, status, initiated_at, updated_at,
                    last_sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (payment_id) do nothing""",
                StoredText.args(e.paymentId(), e.accountId(), e.clearingAccountId(), e.holdEntryId(), e.amountMinor(),
                        e.currency(), e.debtor().name(), e.debtor().iban(), e.debtor().bic(), e.creditor().name(),
                        e.creditor().iban(), e.creditor().bic(), e.requestedExecutionDate(), e.remittanceInformation(),
                        e.endToEndId(), PaymentStatus.INITIATED.name(), Timestamp.from(at), Timestamp.from(at), sequence));
        history(e.paymentId(), sequence, "PaymentInitiated", PaymentStatus.INITIATED, at, actor,
                null, null, null, null, null, null, null);
    }

    @EventHandler
    void on(PaymentBatched e, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue("actor") String actor) {
        jdbc.update("update payment set status = ?, batch_id = ?, message_id = ?, updated_at = ?, last_sequence = ? "
                        + "where payment_id = ? and last_sequence < ?", PaymentStatus.BATCHED.name(), e.batchId(),
                e.messageId(), Timestamp.from(at), sequence, e.paymentId(), sequence);
        history(e.paymentId(), sequence, "PaymentBatched", PaymentStatus.BATCHED, at, actor, e.batchId(),
                null, null, null, null, null, null);
    }

    @EventHandler
    void on(PaymentAccepted e, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue("actor") String actor) {
        status(e.paymentId(), PaymentStatus.ACCEPTED, null, null, at, sequence);
        history(e.paymentId(), sequence, "PaymentAccepted", PaymentStatus.ACCEPTED, at, actor, null, e.reportId(),
                e.statusCode(), null, null, null, null);
    }

    @EventHandler
    void on(PaymentRejected e, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue("actor") String actor) {
        status(e.paymentId(), PaymentStatus.REJECTED, e.reasonCode(), e.reasonText(), at, sequence);
        history(e.paymentId(), sequence, "PaymentRejected", PaymentStatus.REJECTED, at, actor, null, e.reportId(),
                e.statusCode(), e.reasonCode(), e.reasonText(), null, null);
    }

    @EventHandler
    void on(PaymentSettled e, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue("actor") String actor) {
        status(e.paymentId(), PaymentStatus.SETTLED, null, null, at, sequence);
        history(e.paymentId(), sequence, "PaymentSettled", PaymentStatus.SETTLED, at, actor, null, null, null, null,
                null, e.statementKey(), e.lineNo());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from payment_history");
        jdbc.update("delete from payment");
    }

    private void status(String paymentId, PaymentStatus status, String reasonCode, String reasonText, Instant at,
                        long sequence) {
        jdbc.update("update payment set status = ?, reason_code = ?, reason_text = ?, updated_at = ?, last_sequence = ? "
                        + "where payment_id = ? and last_sequence < ?", StoredText.args(status.name(), reasonCode,
                reasonText, Timestamp.from(at), sequence, paymentId, sequence));
    }

    @SuppressWarnings("java:S107") // one column each: the history row is flat on purpose
    private void history(String paymentId, long sequence, String type, PaymentStatus status, Instant at, String actor,
                         String batchId, String reportId, String statusCode, String reasonCode, String reasonText,
                         String statementKey, Integer lineNo) {
        jdbc.update("""
                insert into payment_history (payment_id, sequence, event_type, status, batch_id, report_id, status_code,
                    reason_code, reason_text, statement_key, line_no, actor, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (payment_id, sequence) do nothing""",
                StoredText.args(paymentId, sequence, type, status.name(), batchId, reportId, statusCode, reasonCode,
                        reasonText, statementKey, lineNo, actor == null ? null : actor.length() > 200
                                ? actor.substring(0, 200) : actor, Timestamp.from(at)));
    }
}
