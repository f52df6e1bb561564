package bank.ledger.domain.payment;

import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.payment.api.AcceptPayment;
import bank.ledger.domain.payment.api.BatchPayment;
import bank.ledger.domain.payment.api.InitiatePayment;
import bank.ledger.domain.payment.api.PaymentInitiated;
import bank.ledger.domain.payment.api.PaymentState;
import bank.ledger.domain.payment.api.PaymentStatus;
import bank.ledger.domain.payment.api.RejectPayment;
import bank.ledger.domain.payment.api.SettlePayment;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Every payment command: the payment's decision and its hold's movement in one unit of work, so a
 * refused hold (insufficient funds, a frozen account) refuses the payment with the ledger's own code and
 * records nothing, and an accepted or rejected payment never leaves its hold open.
 */
public class PaymentCommandHandler {
    private final Repository<Payment> payments;
    private final PaymentHolds holds;
    private final Clock clock;

    public PaymentCommandHandler(Repository<Payment> payments, PaymentHolds holds, Clock clock) {
        this.payments = payments;
        this.holds = holds;
        this.clock = clock;
    }

    /** Idempotent by payment id: the same request answers the first result, other content is a conflict. */
    @CommandHandler
    public PaymentState handle(InitiatePayment command, MetaData metadata) throws Exception {
        PaymentRules.check(command);
        String fingerprint = PaymentRules.fingerprint(command);
        Aggregate<Payment> existing = find(command.paymentId());
        if (existing != null) {
            Payment payment = existing.invoke(p -> p);
            if (!fingerprint.equals(payment.fingerprint())) {
                throw LedgerRefusal.of(RefusalCode.IDEMPOTENCY_CONFLICT, "paymentId",
                        "payment " + command.paymentId() + " was initiated before with other content");
            }
            return payment.state(true);
        }
        String holdEntryId = PaymentRules.holdEntryId(command.paymentId());
        Posting debit = holds.place(holdEntryId, command, metadata);
        PaymentInitiated initiated = new PaymentInitiated(command.paymentId(), holdEntryId, command.accountId(),
                command.clearingAccountId(), debit.amountMinor(), debit.currency(), command.debtor(),
                command.creditor(), command.requestedExecutionDate(), command.remittanceInformation(),
                command.endToEndId(), fingerprint, clock.instant());
        return payments.newInstance(() -> new Payment(initiated)).invoke(p -> p.state(false));
    }

    @CommandHandler
    public PaymentState handle(BatchPayment command) {
        PaymentRules.check(command);
        Aggregate<Payment> payment = load(command.paymentId());
        payment.execute(p -> p.batch(command, clock.instant()));
        return payment.invoke(p -> p.state(false));
    }

    /** A status report read twice accepts once; a payment the bank rejected cannot be accepted. */
    @CommandHandler
    public PaymentState handle(AcceptPayment command, MetaData metadata) {
        PaymentRules.check(command);
        Aggregate<Payment> payment = load(command.paymentId());
        Payment current = payment.invoke(p -> p);
        if (current.status() == PaymentStatus.ACCEPTED || current.status() == PaymentStatus.SETTLED) {
            return current.state(true);
        }
        current.requireOpen();
        holds.post(current.holdEntryId(), metadata);
        payment.execute(p -> p.accept(command, clock.instant()));
        return payment.invoke(p -> p.state(false));
    }

    @CommandHandler
    public PaymentState handle(RejectPayment command) {
        PaymentRules.check(command);
        Aggregate<Payment> payment = load(command.paymentId());
        Payment current = payment.invoke(p -> p);
        if (current.status() == PaymentStatus.REJECTED) {
            return current.state(true);
        }
        current.requireOpen();
        String reason = "rejected by the bank" + (command.reasonCode() == null ? "" : ": " + command.reasonCode());
        holds.release(current.holdEntryId(), reason);
        payment.execute(p -> p.reject(command, clock.instant()));
        return payment.invoke(p -> p.state(false));
    }

    /** A statement line confirms the debit: it posts the hold when no status report did. */
    @CommandHandler
    public PaymentState handle(SettlePayment command, MetaData metadata) {
        PaymentRules.check(command);
        Aggregate<Payment> payment = load(command.paymentId());
        Payment current = payment.invoke(p -> p);
        if (current.status() == PaymentStatus.SETTLED) {
            return current.state(true);
        }
        if (current.status() == PaymentStatus.REJECTED) {
            current.requireOpen();
        }
        boolean posting = !current.holdPosted();
        if (posting) {
            holds.post(current.holdEntryId(), metadata);
        }
        Instant now = clock.instant();
        payment.execute(p -> p.settle(command, posting, now));
        return payment.invoke(p -> p.state(false));
    }

    private Aggregate<Payment> load(String paymentId) {
        Aggregate<Payment> payment = find(paymentId);
        if (payment == null) {
            throw LedgerRefusal.of(RefusalCode.PAYMENT_NOT_FOUND, "paymentId", "no payment " + paymentId);
        }
        return payment;
    }

    private Aggregate<Payment> find(String paymentId) {
        try {
            Aggregate<Payment> payment = payments.load(Payment.streamId(paymentId));
            return payment.invoke(Payment::status) == null ? null : payment;
        } catch (AggregateNotFoundException | IncompatibleAggregateException missing) {
            return null;
        }
    }
}
