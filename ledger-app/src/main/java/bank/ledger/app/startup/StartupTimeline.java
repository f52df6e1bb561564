package bank.ledger.app.startup;

import java.util.ArrayList;
import java.util.List;

/**
 * The start-up's phases as marks on one clock: each phase begins where the previous one ended (the first at
 * the JVM's start), so the durations add up to the total. Pure arithmetic, no clock of its own: the caller
 * passes the times (StartupPhases, the tests).
 */
final class StartupTimeline {
    /** One phase: its name and how long it took. */
    record Phase(String name, long durationMs) {
        @Override
        public String toString() {
            return name + " " + durationMs + " ms";
        }
    }

    private final long beganAtMs;
    private final List<Phase> phases = new ArrayList<>();
    private long lastMarkMs;

    StartupTimeline(long beganAtMs) {
        this.beganAtMs = beganAtMs;
        this.lastMarkMs = beganAtMs;
    }

    /** The phase {@code name} ends at {@code atMs}; a clock read before the previous mark counts as 0 ms. */
    synchronized Phase mark(String name, long atMs) {
        long endMs = Math.max(atMs, lastMarkMs);
        Phase phase = new Phase(name, endMs - lastMarkMs);
        phases.add(phase);
        lastMarkMs = endMs;
        return phase;
    }

    synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** From the JVM's start to the last mark: the sum of the phases. */
    synchronized long totalMs() {
        return lastMarkMs - beganAtMs;
    }

    /** The summary line: {@code started in 41250 ms (phases: JVM until Spring 900 ms, …)}. */
    synchronized String summary() {
        List<String> parts = phases.stream().map(Phase::toString).toList();
        return "started in " + totalMs() + " ms (phases: " + String.join(", ", parts) + ")";
    }
}
