package bank.ledger.app.chaos;

import bank.ledger.app.chaos.FaultSchedule.Fault;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Carries out the faults: {@code kill -9} of a ready instance (restarted at once, then asked to replay
 * acknowledged ids), termination of every database connection of the run's database, an outage of
 * the run's own Redis, and an outage of the broker (through the run's proxy).
 */
final class FaultInjector {
    private final ChaosOptions options;
    private final Fleet fleet;
    private final OwnRedis redis;
    private final TcpProxy broker;
    private final ReplayCheck replays;
    private final Random random;
    private final Map<Fault, Integer> done = new EnumMap<>(Fault.class);
    private final List<Thread> restarts = new ArrayList<>();
    private long connectionsTerminated;

    FaultInjector(ChaosOptions options, Fleet fleet, OwnRedis redis, TcpProxy broker, ReplayCheck replays) {
        this.options = options;
        this.fleet = fleet;
        this.redis = redis;
        this.broker = broker;
        this.replays = replays;
        this.random = new Random(options.seed() ^ 0x5DEECE66DL);
    }

    Map<Fault, Integer> done() {
        return done;
    }

    long connectionsTerminated() {
        return connectionsTerminated;
    }

    /** Runs one step: waits for the instances it needs, lets the load run for the gap, then strikes. */
    void run(FaultSchedule.Step step, int number) throws Exception {
        int needReady = step.fault() == Fault.KILL ? Math.min(2, fleet.all().size()) : 1;
        awaitReady(needReady);
        Thread.sleep(step.gapMs());
        String what = switch (step.fault()) {
            case KILL -> kill(needReady);
            case TERMINATE_CONNECTIONS -> terminateConnections();
            case REDIS_OUTAGE -> redisOutage();
            case BROKER_OUTAGE -> brokerOutage();
        };
        done.merge(step.fault(), 1, Integer::sum);
        System.out.printf("chaos: %s fault %d: %s after %d ms of load: %s%n", Instant.now(), number,
                step.fault(), step.gapMs(), what);
    }

    private void awaitReady(int count) throws InterruptedException {
        long deadline = System.nanoTime() + options.readyTimeout().toNanos();
        while (fleet.ready().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("fewer than " + count + " instances ready after "
                        + options.readyTimeout() + ": see the app logs in " + options.workDir());
            }
            Thread.sleep(200);
        }
    }

    private String kill(int needReady) throws Exception {
        awaitReady(needReady); // an instance may have died during the gap
        List<AppInstance> ready = fleet.ready();
        AppInstance victim = ready.get(random.nextInt(ready.size()));
        victim.kill();
        victim.start();
        Thread restart = new Thread(() -> afterRestart(victim), victim.name() + "-restart");
        restart.setDaemon(true);
        restart.start();
        restarts.add(restart);
        return "kill -9 " + victim.name() + ", restarting";
    }

    private void afterRestart(AppInstance instance) {
        try {
            if (instance.awaitReady(options.readyTimeout())) {
                replays.resendAcknowledged(instance);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String terminateConnections() throws SQLException {
        try (Connection db = DriverManager.getConnection(options.dbUrl(), "postgres", "");
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) "
                     + "from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            rows.next();
            long terminated = rows.getLong(1);
            connectionsTerminated += terminated;
            return "pg_terminate_backend of " + terminated + " connections";
        }
    }

    private String redisOutage() throws IOException, InterruptedException {
        redis.stop();
        Thread.sleep(options.outage().toMillis());
        redis.start();
        return "redis-server (own, port " + redis.port() + ") down for " + options.outage().toSeconds() + " s";
    }

    private String brokerOutage() throws InterruptedException {
        int cut = broker.openConnections();
        broker.cut();
        Thread.sleep(options.outage().toMillis());
        broker.restore();
        return "broker unreachable for " + options.outage().toSeconds() + " s (" + cut + " proxied sockets cut)";
    }

    /** Waits for the restarts still running (and their replay checks). */
    void awaitRestarts() throws InterruptedException {
        for (Thread restart : restarts) {
            restart.join(options.readyTimeout().toMillis() + 60_000);
        }
    }
}
