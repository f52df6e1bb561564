package bank.ledger.app.bench.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's figures as a markdown table (for docs/benchmarks.md) and as one JSON object ({@code --json}):
 * {@code ratio} (HTTP single entries per second over naive SQL transfers per second), {@code entriesPerSecond},
 * {@code latencyMs}, {@code batchEntriesPerSecond}, {@code readsPerSecond}, {@code floorRequestsPerSecond} (the liveness probe: the edge's ceiling), {@code projectionLagMs},
 * {@code rebuildEventsPerSecond}, {@code errors} (all workloads), {@code baseline}, and how the run was made.
 */
record BenchReport(BenchOptions options, String mode, ClosedLoop.Result naive, ClosedLoop.Result single,
                   ClosedLoop.Result batch, long catchUpMs, ClosedLoop.Result reads, ClosedLoop.Result floor,
                   List<ClosedLoop.Result> wrk, LagProbe.Result lag, RebuildTimer.Result rebuild,
                   Map<String, double[]> load) {

    long errors() {
        return naive.errors() + single.errors() + batch.errors() + reads.errors() + floor.errors() + lag.errors()
                + wrk.stream().mapToLong(ClosedLoop.Result::errors).sum()
                + (rebuild.finished() ? 0 : 1);
    }

    double ratio() {
        return naive.unitsPerSecond() == 0 ? 0 : single.unitsPerSecond() / naive.unitsPerSecond();
    }

    String markdown() {
        StringBuilder text = new StringBuilder(String.format("%s; %d accounts, %d clients, %d s measured after %d s"
                        + " warm-up per workload, batches of %d%n%n", mode, options.accounts(), options.clients(),
                options.durationS(), options.warmupS(), options.batchSize()));
        text.append("| workload | per second | p50 ms | p99 ms | calls | refused | errors | × naive |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        List<ClosedLoop.Result> rows = new java.util.ArrayList<>(List.of(naive, single, batch, reads, floor));
        rows.addAll(wrk);
        for (ClosedLoop.Result r : rows) {
            text.append(String.format("| %s | %.0f | %.1f | %.1f | %d | %d | %d | %.2f |%n", r.name(),
                    r.unitsPerSecond(), r.p50Ms(), r.p99Ms(), r.calls(), r.refused(), r.errors(),
                    naive.unitsPerSecond() == 0 ? 0 : r.unitsPerSecond() / naive.unitsPerSecond()));
        }
        text.append(String.format("%nprojections caught up with the writes %.1f s after the batch load%n",
                catchUpMs / 1000.0));
        text.append(String.format("projection lag (journal-entries read model) at %.0f posts/s (half the single-entry"
                        + " rate; %.0f/s done): p50 %.0f ms, p99 %.0f ms, max %.0f ms, %d samples, %d errors%n",
                lag.targetPerSecond(), lag.postedPerSecond(), lag.p50Ms(), lag.p99Ms(), lag.maxMs(), lag.samples(),
                lag.errors()));
        text.append(String.format("rebuild of %s: %d events in %.1f s = %.0f events/s%s%n", rebuild.projection(),
                rebuild.events(), rebuild.seconds(), rebuild.eventsPerSecond(),
                rebuild.finished() ? "" : " (NOT FINISHED within the time-out)"));
        text.append("load average (1 min) per phase, mean / max:");
        load.forEach((phase, figures) -> text.append(String.format(" %s %.1f / %.1f;", phase, figures[0], figures[1])));
        return text.append(String.format("%nratio (HTTP single entries / naive SQL) = %.2f, errors %d%n", ratio(),
                errors())).toString();
    }

    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ratio", round(ratio(), 3));
        out.put("entriesPerSecond", round(single.unitsPerSecond(), 1));
        out.put("latencyMs", latency(single));
        out.put("batchEntriesPerSecond", round(batch.unitsPerSecond(), 1));
        out.put("batchLatencyMs", latency(batch));
        out.put("readsPerSecond", round(reads.unitsPerSecond(), 1));
        out.put("readLatencyMs", latency(reads));
        out.put("floorRequestsPerSecond", round(floor.unitsPerSecond(), 1));
        out.put("floorLatencyMs", latency(floor));
        if (wrk.size() == 2) {
            out.put("wrk", ordered("floorRequestsPerSecond", round(wrk.get(0).unitsPerSecond(), 1),
                    "floorLatencyMs", latency(wrk.get(0)), "readsPerSecond", round(wrk.get(1).unitsPerSecond(), 1),
                    "readLatencyMs", latency(wrk.get(1))));
        }
        out.put("catchUpAfterBatchMs", catchUpMs);
        out.put("projectionLagMs", ordered("p50", round(lag.p50Ms(), 1), "p99", round(lag.p99Ms(), 1),
                "max", round(lag.maxMs(), 1), "samples", lag.samples(), "atPostsPerSecond",
                round(lag.postedPerSecond(), 1)));
        out.put("rebuildEventsPerSecond", round(rebuild.eventsPerSecond(), 1));
        out.put("rebuild", ordered("projection", rebuild.projection(), "events", rebuild.events(), "seconds",
                round(rebuild.seconds(), 2), "finished", rebuild.finished()));
        out.put("errors", errors());
        out.put("refused", single.refused() + batch.refused() + reads.refused());
        out.put("baseline", ordered("name", "naive SQL (docs/architecture.md, Baseline)", "transfersPerSecond",
                round(naive.unitsPerSecond(), 1), "latencyMs", latency(naive), "errors", naive.errors(), "refused",
                naive.refused()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("mode", mode);
        run.put("clients", options.clients());
        run.put("accounts", options.accounts());
        run.put("durationS", options.durationS());
        run.put("warmupS", options.warmupS());
        run.put("batchSize", options.batchSize());
        run.put("smoke", options.smoke());
        Map<String, Object> loads = new LinkedHashMap<>();
        load.forEach((phase, figures) -> loads.put(phase, ordered("mean", round(figures[0], 2), "max",
                round(figures[1], 2))));
        run.put("loadAverage", loads);
        out.put("run", run);
        return out;
    }

    private static Map<String, Object> latency(ClosedLoop.Result result) {
        return ordered("p50", round(result.p50Ms(), 2), "p99", round(result.p99Ms(), 2));
    }

    /** Keys and values in turn, kept in that order in the JSON. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** JSON has no NaN: an unknown figure is 0 (the table says why). */
    private static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
