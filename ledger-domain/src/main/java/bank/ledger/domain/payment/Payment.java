package bank.ledger.domain.payment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import bank.ledger.domain.payment.api.AcceptPayment;
import bank.ledger.domain.payment.api.BatchPayment;
import bank.ledger.domain.payment.api.PaymentAccepted;
import bank.ledger.domain.payment.api.PaymentBatched;
import bank.ledger.domain.payment.api.PaymentInitiated;
import bank.ledger.domain.payment.api.PaymentRejected;
import bank.ledger.domain.payment.api.PaymentSettled;
import bank.ledger.domain.payment.api.PaymentState;
import bank.ledger.domain.payment.api.PaymentStatus;
import bank.ledger.domain.payment.api.RejectPayment;
import bank.ledger.domain.payment.api.SettlePayment;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.Instant;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A credit transfer out, from initiation to the bank's decision. Its commands come through
 * {@link PaymentCommandHandler}, which moves the hold in the same unit of work; the decisions here are
 * the payment's own: a payment is batched once, and the bank decides once (accept or reject), a
 * statement line may settle it afterwards. Its event stream is {@code payment/<id>}: the slash is
 * outside the ledger's id charset, so no account or entry stream can ever share it.
 */
public class Payment {
    static final String STREAM_PREFIX = "payment/";
    @AggregateIdentifier
    private String streamId;
    private String paymentId;
    private String accountId;
    private String holdEntryId;
    private long amountMinor;
    private String currency;
    private String fingerprint;
    private String batchId;
    private boolean holdPosted;
    private PaymentStatus status;

    protected Payment() {
        // for Axon: rebuilt from events
    }

    Payment(PaymentInitiated initiated) {
        apply(initiated);
    }

    public static String streamId(String paymentId) {
        return STREAM_PREFIX + paymentId;
    }

    /** Batched once; the same batch again is a retry, another batch a refusal. */
    void batch(BatchPayment command, Instant now) {
        if (status == PaymentStatus.BATCHED && command.batchId().equals(batchId)) {
            return;
        }
        if (status != PaymentStatus.INITIATED) {
            throw notPending("is " + status.name().toLowerCase() + (batchId == null ? "" : " in batch " + batchId));
        }
        apply(new PaymentBatched(paymentId, accountId, command.batchId(), command.messageId(), command.paymentInformationId(),
                command.instructionId(), now));
    }

    /** The caller posts the hold first (same unit of work). */
    void accept(AcceptPayment command, Instant now) {
        requireOpen();
        apply(new PaymentAccepted(paymentId, accountId, holdEntryId, command.reportId(), command.statusCode(), now));
    }

    /** The caller voids the hold first (same unit of work). */
    void reject(RejectPayment command, Instant now) {
        requireOpen();
        apply(new PaymentRejected(paymentId, accountId, holdEntryId, command.reportId(), command.statusCode(),
                command.reasonCode(), command.reasonText(), now));
    }

    /** {@code posting}: the caller posts the hold in this settlement (it was still open). */
    void settle(SettlePayment command, boolean posting, Instant now) {
        apply(new PaymentSettled(paymentId, accountId, holdEntryId, command.statementKey(), command.lineNo(), posting, now));
    }

    void requireOpen() {
        if (!status.isOpen()) {
            throw notPending("was " + status.name().toLowerCase() + " already");
        }
    }

    private LedgerRefusal notPending(String detail) {
        return LedgerRefusal.of(RefusalCode.PAYMENT_NOT_PENDING, "paymentId", "payment " + paymentId + " " + detail);
    }

    @EventSourcingHandler
    void on(PaymentInitiated event) {
        streamId = streamId(event.paymentId());
        paymentId = event.paymentId();
        accountId = event.accountId();
        holdEntryId = event.holdEntryId();
        amountMinor = event.amountMinor();
        currency = event.currency();
        fingerprint = event.requestFingerprint();
        status = PaymentStatus.INITIATED;
    }

    @EventSourcingHandler
    void on(PaymentBatched event) {
        batchId = event.batchId();
        status = PaymentStatus.BATCHED;
    }

    @EventSourcingHandler
    void on(PaymentAccepted event) {
        holdPosted = true;
        status = PaymentStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(PaymentRejected event) {
        status = PaymentStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(PaymentSettled event) {
        holdPosted = true;
        status = PaymentStatus.SETTLED;
    }

    PaymentStatus status() {
        return status;
    }

    String holdEntryId() {
        return holdEntryId;
    }

    String fingerprint() {
        return fingerprint;
    }

    boolean holdPosted() {
        return holdPosted;
    }

    PaymentState state(boolean replayed) {
        return new PaymentState(paymentId, status, holdEntryId, amountMinor, currency, batchId, replayed);
    }
}
