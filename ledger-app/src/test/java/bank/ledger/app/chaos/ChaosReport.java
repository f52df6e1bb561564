package bank.ledger.app.chaos;

import bank.ledger.app.chaos.FaultSchedule.Fault;
import bank.ledger.app.chaos.Invariants.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The run's table: one row per invariant, then the run's figures; also written to chaos-report.md. */
final class ChaosReport {
    private static final int EXAMPLES_MAX = 5;

    private final ChaosOptions options;
    private final Outcomes outcomes;
    private final FaultInjector faults;
    private final ReplayCheck replays;
    private final List<Long> restartMs;
    private final double[] load;
    private final Duration took;
    private final Fleet fleet;

    ChaosReport(ChaosOptions options, Outcomes outcomes, FaultInjector faults, ReplayCheck replays,
                List<Long> restartMs, double[] load, Duration took, Fleet fleet) {
        this.options = options;
        this.outcomes = outcomes;
        this.faults = faults;
        this.replays = replays;
        this.restartMs = restartMs.stream().sorted().toList();
        this.load = load;
        this.took = took;
        this.fleet = fleet;
    }

    /** Prints the table and returns the number of violations. */
    int print(List<Row> invariants) throws IOException {
        List<Row> rows = new ArrayList<>(invariants);
        rows.addAll(clientRows());
        StringBuilder text = new StringBuilder();
        int violations = table(rows, text);
        text.append("\n").append(figures(violations));
        examples(rows, text);
        text.append(violations == 0 ? "\nchaos: PASSED, 0 violations\n"
                : "\nchaos: FAILED, " + violations + " violations\n");
        System.out.print(text);
        Files.writeString(options.workDir().resolve("chaos-report.md"), text);
        return violations;
    }

    /** The invariants as a Markdown table; returns the violations that count (not informational, not skipped). */
    static int table(List<Row> rows, StringBuilder text) {
        text.append("| invariant | checked | violations |\n|---|---:|---:|\n");
        int violations = 0;
        for (Row row : rows) {
            boolean counts = !row.note().startsWith("informational") && !row.skipped();
            violations += counts ? row.violations().size() : 0;
            text.append(String.format("| %s | %d | %s |%n", row.invariant(), row.checked(),
                    row.skipped() ? row.note()
                            : row.violations().size() + (row.note().isEmpty() ? "" : " (" + row.note() + ")")));
        }
        return violations;
    }

    /** The first few violations of every row, one line each. */
    static void examples(List<Row> rows, StringBuilder text) {
        for (Row row : rows) {
            row.violations().stream().limit(EXAMPLES_MAX).forEach(v -> text.append("- ").append(row.invariant())
                    .append(": ").append(v).append('\n'));
        }
    }

    private List<Row> clientRows() {
        int exits = fleet.all().stream().mapToInt(AppInstance::unexpectedExits).sum();
        int startupFailures = fleet.all().stream().mapToInt(AppInstance::startupFailures).sum();
        List<Row> rows = new ArrayList<>(List.of(
                new Row("identical resend after a restart answers 200 (no second entry)", replays.checked(),
                        List.copyOf(outcomes.replayViolations), "")));
        rows.addAll(answerRows(outcomes));
        rows.addAll(List.of(
                new Row("ready instances exit only when killed", fleet.all().size(),
                        exits == 0 ? List.of() : List.of(exits + " unexpected exits (see app*.log)"),
                        startupFailures == 0 ? "" : startupFailures + " failed start-ups, started again"),
                new Row("faults answered as faults (503/429, never 500 or 401)", outcomes.sent.size(),
                        List.copyOf(outcomes.dishonestAnswers), options.strictErrors() ? "" : "informational")));
        return rows;
    }

    /** What the clients were told: consistent answers, and a definitive one for every id in the end. */
    static List<Row> answerRows(Outcomes outcomes) {
        return List.of(
                new Row("answers agree with the content (no conflict, no refusal flip)", outcomes.sent.size(),
                        List.copyOf(outcomes.answerViolations), ""),
                new Row("every id answered definitively after the faults", outcomes.sent.size(),
                        outcomes.uncertain.stream().map(id -> id + ": never answered 2xx or 422").toList(), ""));
    }

    private String figures(int violations) {
        return String.format("| run | value |%n|---|---|%n"
                        + "| seed | %d |%n| kill points | %d |%n| connection terminations | %d (%d connections) |%n"
                        + "| Redis outages / broker outages | %d / %d (%d s each) |%n"
                        + "| instances / clients | %d / %d |%n"
                        + "| transfers sent / acknowledged / refused (exceedsCredits) / unresolved "
                        + "| %d / %d / %d / %d |%n"
                        + "| answers by status | %s; %d connection errors, %d retries |%n"
                        + "| restart to ready (ms) min / median / max | %s |%n"
                        + "| load average (1 min) mean / max | %.1f / %.1f |%n| duration | %d min %d s |%n"
                        + "| violations | %d |%n%n",
                options.seed(), count(Fault.KILL), count(Fault.TERMINATE_CONNECTIONS), faults.connectionsTerminated(),
                count(Fault.REDIS_OUTAGE), count(Fault.BROKER_OUTAGE), options.outage().toSeconds(),
                fleet.all().size(), options.clients(), outcomes.sent.size(), outcomes.acknowledged.size(),
                outcomes.refused.size(), outcomes.uncertain.size(), outcomes.answersByStatus(),
                outcomes.connectionErrors.sum(), outcomes.retries.sum(), restarts(), load[0], load[1],
                took.toMinutes(), took.toSecondsPart(), violations);
    }

    private int count(Fault fault) {
        return faults.done().getOrDefault(fault, 0);
    }

    private String restarts() {
        if (restartMs.isEmpty()) {
            return "none";
        }
        return restartMs.get(0) + " / " + restartMs.get(restartMs.size() / 2) + " / "
                + restartMs.get(restartMs.size() - 1);
    }
}
