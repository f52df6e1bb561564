package bank.ledger.projections.support.jobs;

import java.time.Instant;

/**
 * A single-node job as the cluster sees it: whether a node runs it now (which one, and until when its
 * lease holds should it die), and its last run: when, its outcome and error, on which node, and when it
 * is due next. A job this node schedules but no node has run yet shows {@code IDLE} and nulls.
 */
public record JobState(
        String name,
        Status state,
        String runningNode,
        Instant leaseUntil,
        Instant lastStartedAt,
        Instant lastFinishedAt,
        LastOutcome lastOutcome,
        String lastError,
        String lastNode,
        Instant lastSucceededAt,
        Instant nextRunAt) {

    public enum Status { RUNNING, IDLE }

    public enum LastOutcome { SUCCEEDED, FAILED }

    static JobState neverRun(String name) {
        return new JobState(name, Status.IDLE, null, null, null, null, null, null, null, null, null);
    }
}
