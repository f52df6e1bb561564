package bank.ledger.connectors.matching;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.statement.api.StatementLineMatched;
import bank.ledger.domain.statement.api.StatementLineSuspenseReleased;
import bank.ledger.domain.statement.api.StatementLineUnmatched;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * What a recorded decision leaves to do on the ledger, done from the events so that a crash between the
 * decision and its consequence loses nothing (the processor resumes from its token):
 * <ul>
 *   <li>a matched line that had been parked on suspense: reverse the suspense entry;</li>
 *   <li>an unmatched line whose match had posted a difference: reverse the difference;</li>
 *   <li>a suspended line of a retired intraday report: reverse its suspense entry.</li>
 * </ul>
 * Reversal ids follow from the entry, so a redelivered event is answered with the first reversal. The
 * command is sent from a thread of its own: inside the processor's unit of work it would be a nested unit
 * whose events Axon commits with the processor's batch, apart from the command's own writes, and whose
 * refusal would roll the token update back. Never replayed: replaying history must not move money.
 */
@Component
@Profile("connectors")
@ProcessingGroup(ReconciliationFollowUp.PROCESSING_GROUP)
@DisallowReplay
public class ReconciliationFollowUp implements AutoCloseable {
    public static final String PROCESSING_GROUP = "reconciliation-follow-up";
    private static final Logger log = LoggerFactory.getLogger(ReconciliationFollowUp.class);
    private final CommandDispatch commands;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            new CustomizableThreadFactory("reconciliation-follow-up-"));

    public ReconciliationFollowUp(CommandDispatch commands) {
        this.commands = commands;
    }

    @Override
    public void close() {
        sender.shutdown();
    }

    @EventHandler
    void on(StatementLineMatched event) {
        reverse(event.releasedSuspenseEntryId(), event.manual() ? event.actor() : "engine");
    }

    @EventHandler
    void on(StatementLineUnmatched event) {
        reverse(event.differenceEntryId(), event.actor());
    }

    @EventHandler
    void on(StatementLineSuspenseReleased event) {
        reverse(event.suspenseEntryId(), StatementLineUnmatched.SYSTEM_ACTOR);
    }

    private void reverse(String entryId, String actor) {
        if (entryId == null) {
            return;
        }
        try {
            CompletableFuture.runAsync(() -> commands.send(LineEntries.reversal(entryId), CommandOrigin.engine(actor)), sender).join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof LedgerRefusal refusal) {
                // e.g. reversed by hand already: nothing left to take back, and retrying would not change that
                log.warn("reconciliation entry {} not reversed: {} {}", entryId, refusal.code().code(),
                        refusal.getMessage());
                return;
            }
            throw failure; // the processor retries the event
        }
    }
}
