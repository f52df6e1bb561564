package bank.ledger.app.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What one chaos run does. Parsed from {@code --name value} arguments (bin/ledger-chaos passes them on);
 * {@code --short} picks CI-sized defaults that later arguments may still override.
 */
record ChaosOptions(long seed, int kills, int connectionTerminations, int redisOutages, int brokerOutages,
                    int clients, int instances, long faultGapMsMin, long faultGapMsMax, Duration outage,
                    Duration readyTimeout, Duration settleTimeout, int replaysPerRestart, boolean strictErrors,
                    Path jar, Path workDir, Path keyFile, String dbUrl, String amqpUrl, String jvmOptions,
                    Path cdsArchive, long faultsMinutesMax) {

    static ChaosOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        boolean shortRun = false;
        boolean strict = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--short")) {
                shortRun = true;
            } else if (name.equals("--strict-errors")) {
                strict = true;
            } else if (name.startsWith("--") && i + 1 < args.length) {
                values.put(name.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + name + " (see bin/ledger-chaos --help)");
            }
        }
        int kills = intOf(values, "kills", shortRun ? 3 : 100);
        int others = shortRun ? 1 : Math.max(1, kills / 10);
        return new ChaosOptions(
                values.containsKey("seed") ? Long.parseLong(values.get("seed")) : System.nanoTime() % 1_000_000,
                kills,
                intOf(values, "terminations", others),
                intOf(values, "redis-outages", others),
                intOf(values, "broker-outages", others),
                intOf(values, "clients", 4),
                intOf(values, "instances", shortRun ? 2 : 3),
                Long.parseLong(values.getOrDefault("gap-ms-min", "2000")),
                Long.parseLong(values.getOrDefault("gap-ms-max", "10000")),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("outage-seconds", "8"))),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("ready-timeout-seconds", "600"))),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("settle-timeout-seconds", "300"))),
                intOf(values, "replays-per-restart", 3),
                strict,
                Path.of(required(values, "jar")),
                Path.of(required(values, "work-dir")),
                Path.of(required(values, "key-file")),
                required(values, "db-url"),
                values.getOrDefault("amqp-url", "amqp://guest:guest@127.0.0.1:5672"),
                values.getOrDefault("jvm-options", ""),
                values.containsKey("cds-archive") ? Path.of(values.get("cds-archive")) : null,
                Long.parseLong(values.getOrDefault("faults-minutes-max", "0")));
    }

    private static int intOf(Map<String, String> values, String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
