package bank.ledger.app.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one cluster run does (bin/ledger-cluster): the nodes behind the gateway, the load, the faults. The
 * options the chaos suite shares (jar, database, JVM options, clients, time-outs) are parsed by
 * {@link ChaosOptions}; {@code --short} is CI-sized (2 minutes of load), {@code --no-faults} measures only.
 */
record ClusterOptions(ChaosOptions common, int writers, int readers, Duration load, boolean faults,
                      Path gatewayConfig, Duration jobInterval) {
    static final int WRITERS_MAX = 3;
    static final int READERS_MAX = 2;
    static final long LOAD_SECONDS_MAX = 3_600;

    static ClusterOptions parse(String[] args) {
        List<String> rest = new ArrayList<>();
        int writers = 2;
        int readers = 2;
        boolean shortRun = false;
        boolean faults = true;
        Long loadSeconds = null;
        Path config = null;
        long jobSeconds = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--writers" -> writers = Integer.parseInt(args[++i]);
                case "--readers" -> readers = Integer.parseInt(args[++i]);
                case "--load-seconds" -> loadSeconds = Long.parseLong(args[++i]);
                case "--no-faults" -> faults = false;
                case "--gateway-config" -> config = Path.of(args[++i]);
                case "--job-interval-seconds" -> jobSeconds = Long.parseLong(args[++i]);
                case "--short" -> {
                    shortRun = true;
                    rest.add(args[i]);
                }
                default -> rest.add(args[i]);
            }
        }
        if (writers < 1 || writers > WRITERS_MAX || readers < 1 || readers > READERS_MAX) {
            throw new IllegalArgumentException("--writers 1.." + WRITERS_MAX + ", --readers 1.." + READERS_MAX
                    + " (the gateway's slots, deploy/gateway/haproxy.cfg)");
        }
        long seconds = loadSeconds != null ? loadSeconds : shortRun ? 75 : 180;
        if (seconds < 10 || seconds > LOAD_SECONDS_MAX || jobSeconds < 2) {
            throw new IllegalArgumentException("--load-seconds 10.." + LOAD_SECONDS_MAX + ", --job-interval-seconds >= 2");
        }
        if (config == null) {
            throw new IllegalArgumentException("--gateway-config is required");
        }
        return new ClusterOptions(ChaosOptions.parse(rest.toArray(String[]::new)), writers, readers,
                Duration.ofSeconds(seconds), faults, config, Duration.ofSeconds(jobSeconds));
    }
}
