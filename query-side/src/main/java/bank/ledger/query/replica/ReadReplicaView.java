package bank.ledger.query.replica;

/**
 * The read replica on this node: {@code status} (STARTING, UP, LAGGING, DOWN, NOT_A_REPLICA; null when none is
 * configured), where GET reads go now, the staleness bound {@code lagMs} at the last probe (a lower bound when
 * {@code lagWithinWindow} is false; null when unreachable), WAL bytes not replayed, the limit, whether replay is
 * paused, the age of the last replayed commit (informative only: it grows on an idle primary), and how long ago
 * the probe ran.
 */
public record ReadReplicaView(boolean configured, String status, String readsGoTo, Long lagMs, Boolean lagWithinWindow,
                              Long lagBytes, Long maxLagMs, Boolean replayPaused, Long lastReplayedCommitAgeMs,
                              Long probedMsAgo, String detail) {
    static ReadReplicaView notConfigured() {
        return new ReadReplicaView(false, null, "primary", null, null, null, null, null, null, null,
                "no ledger.read-replica.url: every read goes to the primary");
    }

    static ReadReplicaView of(ReadReplica replica) {
        ReadReplica.State state = replica.state();
        boolean reachable = state.reachable();
        return new ReadReplicaView(true, state.status().name(),
                state.status() == ReadReplica.Status.UP ? "replica" : "primary",
                reachable ? state.lagMs() : null, reachable ? state.withinWindow() : null,
                reachable ? state.lagBytes() : null, replica.settings().maxLagMs(), state.replayPaused(),
                state.lastReplayedCommitAgeMs(), replica.msSince(state.probedAtMs()), state.detail());
    }
}
