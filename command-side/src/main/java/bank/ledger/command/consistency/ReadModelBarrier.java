package bank.ledger.command.consistency;

/**
 * Read-your-writes for write-side work computed from the read models (a revaluation, a year-end closing):
 * returns once the read models the write side reads from (accounts, account lines, journal entries, FX
 * rates) hold every event recorded before the call, or throws {@link ReadModelCatchingUp} when they do
 * not within the configured wait. The application assembles it from the projections' token positions;
 * the write side may not see the projections (ModuleBoundariesTest), hence the port.
 */
@FunctionalInterface
public interface ReadModelBarrier {
    /** Waits for the events recorded so far; {@code purpose} names the work in the refusal's detail. */
    void awaitRecordedEvents(String purpose);
}
