package bank.ledger.projections.deadletter;

import bank.ledger.projections.support.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every event handler of a processing group (a class annotated {@link ProcessingGroup}) inside a
 * savepoint of the processor's transaction. Why: PostgreSQL aborts the whole transaction on any failed
 * statement, so when a projection's insert failed, the dead-letter queue's own statements in the same
 * transaction failed too ("current transaction is aborted"), the batch rolled back and the segment retried
 * the same event for ever. Rolled back to the savepoint, the transaction stays usable: the event goes to
 * the dead-letter queue and the token moves on, both in the one commit. Not a profile bean on purpose: the
 * reconciliation projections of bank-connectors get the same treatment. A projection whose writes are
 * buffered for the batch ({@link BatchedWrites}) gets no savepoint while it buffers: a failed flush rolls the
 * batch back, and the retry writes those events one by one, each in its savepoint.
 */
@Component
public class HandlerSavepoints implements HandlerEnhancerDefinition {
    private final ObjectProvider<PlatformTransactionManager> transactions;
    private volatile TransactionTemplate savepoint;

    public HandlerSavepoints(ObjectProvider<PlatformTransactionManager> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || !inProcessingGroup(original)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive() || buffered(target)) {
                    return super.handle(message, target);
                }
                try {
                    return template().execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (Exception e) {
                            throw new Failed(e);
                        }
                    });
                } catch (Failed failed) {
                    throw failed.cause;
                }
            }
        };
    }

    /** A handler whose writes wait for the batch's flush issues no SQL now: a savepoint would be two round trips for nothing. */
    private static boolean buffered(Object target) {
        return target instanceof BatchedWrites.Projection projection && projection.writes().buffering();
    }

    private static boolean inProcessingGroup(MessageHandlingMember<?> member) {
        try {
            return member.declaringClass().isAnnotationPresent(ProcessingGroup.class);
        } catch (UnsupportedOperationException unknown) {
            return false;
        }
    }

    private TransactionTemplate template() {
        if (savepoint == null) {
            TransactionTemplate template = new TransactionTemplate(transactions.getObject());
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            savepoint = template;
        }
        return savepoint;
    }

    /** Carries a checked exception through the template, which rolls back to the savepoint on it. */
    private static final class Failed extends RuntimeException {
        private final Exception cause;

        Failed(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
