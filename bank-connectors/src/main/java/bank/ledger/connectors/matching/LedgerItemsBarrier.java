package bank.ledger.connectors.matching;

/**
 * Read-your-writes for the matcher: the rules decide on the ledger-item read model ({@code recon_ledger_item},
 * processing group {@code reconciliation-ledger-items}), which trails the event store. A pass first waits
 * until that read model holds every event recorded before the call, so a statement imported right after its
 * postings is decided as it would be a minute later (CI: of two equal receipts one was visible and the line
 * matched it alone instead of staying open as ambiguous). The application implements it with its
 * {@code ReadModelBarrier} over that processing group: the connectors see only the write side's dispatch
 * package (ModuleBoundariesTest), hence a port of their own.
 */
@FunctionalInterface
public interface LedgerItemsBarrier {
    /**
     * Returns once the ledger items hold the events recorded so far; throws when they do not within the
     * configured wait ({@code ledger.read-model-barrier.wait-ms}): the pass then decides nothing and fails,
     * so its round is recorded as failed with the reason, the lines stay open and the next round retries.
     */
    void awaitRecordedEvents(String purpose);
}
