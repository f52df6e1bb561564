package bank.ledger.projections.deadletter;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operators' actions on one dead letter, each recorded in {@code projection_dead_letter_decision}.
 * <ul>
 * <li>Retry: Axon processes the letter's sequence from its head (order within an aggregate is kept), in
 * the processor's own handlers; the letter is resolved if it is gone afterwards, else it stays with the
 * new cause.</li>
 * <li>Skip: the letter is removed unprocessed, in one transaction with its audit row. Refused while a
 * retry holds the sequence (Axon's claim), so a letter cannot be skipped and processed at once.</li>
 * </ul>
 */
@Component
@Profile("projections")
public class DeadLetterOperations {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterOperations.class);
    /** Axon's default claim time of a dead-letter sequence being processed. */
    static final Duration CLAIM_DURATION = Duration.ofSeconds(30);
    private final Configuration axon;
    private final DeadLetterStore store;
    private final TransactionTemplate transaction;

    public DeadLetterOperations(@Lazy Configuration axon, DeadLetterStore store, PlatformTransactionManager transactions) {
        this.axon = axon;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Decision retry(String group, String id, String reason, String actor) {
        DeadLetterView letter = existing(group, id);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = axon.eventProcessingConfiguration()
                .sequencedDeadLetterProcessor(group).orElseThrow(() -> notFound(id));
        String cause = null;
        try {
            store.headEventId(group, letter.sequenceId()).ifPresent(head ->
                    processor.process(candidate -> head.equals(candidate.message().getIdentifier())));
        } catch (RuntimeException failed) {
            cause = ProjectionFailures.message(failed); // e.g. a payload that cannot be read back
        }
        var after = store.find(group, id);
        String outcome = after.isEmpty() ? "RESOLVED" : "STILL_FAILING";
        cause = after.map(DeadLetterView::cause).orElse(cause);
        Decision decision = decision(letter, "RETRY", outcome, reason, cause, actor);
        store.record(letter, decision);
        log.info("dead letter {} of {} (event {}) retried by {}: {}", id, group, letter.eventId(), actor, outcome);
        return decision;
    }

    public Decision skip(String group, String id, String reason, String actor) {
        DeadLetterView letter = existing(group, id);
        Decision decision = transaction.execute(status -> {
            if (store.beingProcessed(group, id, Clock.systemUTC().instant().minus(CLAIM_DURATION))) {
                throw LedgerRefusal.of(RefusalCode.CONCURRENT_MODIFICATION, "id",
                        "the dead letter is being retried right now; try again once the retry ends");
            }
            if (!store.delete(group, id)) {
                throw notFound(id);
            }
            Decision skipped = decision(letter, "SKIP", "SKIPPED", reason, letter.cause(), actor);
            store.record(letter, skipped);
            return skipped;
        });
        log.warn("dead letter {} of {} (event {} of {}) skipped by {}: {}", id, group, letter.eventId(),
                letter.aggregateId(), actor, reason);
        return decision;
    }

    private DeadLetterView existing(String group, String id) {
        return store.find(group, id).orElseThrow(() -> notFound(id));
    }

    private static Decision decision(DeadLetterView letter, String kind, String outcome, String reason, String cause,
                                     String actor) {
        return new Decision(letter.id(), letter.group(), letter.eventId(), kind, outcome, reason, cause, actor,
                Instant.now(Clock.systemUTC()));
    }

    private static LedgerRefusal notFound(String id) {
        return LedgerRefusal.of(DeadLetterRefusalCode.DEAD_LETTER_NOT_FOUND, "id", "no dead letter " + id + " in this group");
    }
}
