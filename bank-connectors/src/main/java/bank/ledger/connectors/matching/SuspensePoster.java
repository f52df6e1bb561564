package bank.ledger.connectors.matching;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.BankAccountMappings;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.SuspendStatementLine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lines still unmatched after {@code ledger.reconciliation.suspense-after} are posted between the
 * mapped ledger account and its suspense account, so the ledger shows the money the bank moved even
 * before anyone knows what it was. The line stays open: a later match reverses the suspense entry.
 * The entry id is derived from the line, so a retried or concurrent run posts it once.
 */
public class SuspensePoster {
    private static final Logger log = LoggerFactory.getLogger(SuspensePoster.class);
    private static final int LINES_PER_RUN = 500;
    private static final String ACTOR = "reconciliation";
    private final ReconciliationStore store;
    private final BankAccountMappings mappings;
    private final CommandDispatch commands;
    private final Duration suspenseAfter;
    private final Clock clock;

    public SuspensePoster(ReconciliationStore store, BankAccountMappings mappings, CommandDispatch commands,
                          Duration suspenseAfter, Clock clock) {
        this.store = store;
        this.mappings = mappings;
        this.commands = commands;
        this.suspenseAfter = suspenseAfter;
        this.clock = clock;
    }

    /** Every {@code ledger.reconciliation.suspense-interval-ms} ({@link MatchingConfiguration}). */
    public void scheduled() {
        run(suspenseAfter, null);
    }

    /** Posts the lines older than {@code age} (of one statement, or all when null); answers how many. */
    public int run(Duration age, String statementKey) {
        List<OpenLine> lines = store.agedOpenLines(clock.instant().minus(age), statementKey, LINES_PER_RUN);
        int posted = 0;
        for (OpenLine line : lines) {
            Optional<String> suspense = mappings.findByLedgerAccount(line.ledgerAccountId())
                    .map(BankAccountMappings.Mapping::suspenseAccountId);
            if (suspense.isEmpty() || line.signedMinor() == 0) {
                continue; // no suspense account configured: the line waits in the open items list
            }
            try {
                post(line, suspense.get(), age);
                posted++;
            } catch (RuntimeException failure) {
                log.warn("posting line {} of {} to suspense failed", line.lineNo(), line.statementKey(), failure);
            }
        }
        return posted;
    }

    /**
     * Posts the entry, then records the suspension; when the line was matched or unmatched meanwhile the
     * aggregate refuses, and the entry is taken back, so the bank money is never on the ledger twice.
     */
    private void post(OpenLine line, String suspenseAccount, Duration age) {
        String entryId = LineEntries.entryId("susp", line);
        CommandOrigin decision = CommandOrigin.engine(ACTOR);
        commands.send(LineEntries.against(entryId, "suspense", line, line.signedMinor(), suspenseAccount,
                "Unreconciled bank line " + line.lineNo() + " of statement " + line.statementKey()), decision);
        try {
            commands.send(new SuspendStatementLine(line.statementKey(), line.lineNo(), line.epoch(), entryId,
                    "unmatched for longer than " + age), decision);
        } catch (LedgerRefusal refusal) {
            if (refusal.code() == RefusalCode.LINE_ALREADY_MATCHED || refusal.code() == RefusalCode.LINE_CHANGED) {
                commands.send(LineEntries.reversal(entryId), decision);
                return;
            }
            throw refusal;
        }
    }
}
