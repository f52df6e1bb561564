package bank.ledger.connectors.pull;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.IngestedStatement;
import bank.ledger.connectors.ingestion.IngestionPipeline;
import bank.ledger.connectors.ingestion.StatementDelivery;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.projections.support.jobs.ClusterJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The scheduler of bank pulls: every {@code ledger.bank-pulls.tick-ms} the node holding the
 * {@value #JOB} lease ({@link ClusterJobs}, as the folder poll) pulls the connections that are due, one
 * after the other, so a connection is pulled by one node at a time. Each file goes through the one
 * ingestion pipeline (channel {@code pull}, actor {@code bank-pull:<id>}), so a statement pulled twice is
 * recorded once. A run's outcome, error, statements imported and the next run are stored on the
 * connection; a failure moves the next run to the back-off ({@link PullSchedule#retryAfter}), a success
 * back to the schedule. A tick stops starting pulls after {@code tick-budget-ms}: the lease outlives it.
 */
public class BankPulls implements SchedulingConfigurer {
    public static final String JOB = "bank-pulls";
    private static final Logger log = LoggerFactory.getLogger(BankPulls.class);
    private final BankConnections connections;
    private final SftpPuller sftp;
    private final ApiPuller api;
    private final IngestionPipeline pipeline;
    private final BankPullMetrics metrics;
    private final BankPullProperties settings;
    private final ClusterJobs jobs;
    private final Clock clock;

    public BankPulls(BankConnections connections, SftpPuller sftp, ApiPuller api, IngestionPipeline pipeline,
                     BankPullMetrics metrics, BankPullProperties settings, ClusterJobs jobs, Clock clock) {
        this.connections = connections;
        this.sftp = sftp;
        this.api = api;
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.settings = settings;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration tick = Duration.ofMillis(settings.tickMs());
        registrar.addFixedDelayTask(new FixedDelayTask(jobs.singleNode(JOB, tick, this::tick), tick, tick));
    }

    /** One tick under the lease: the due connections, oldest due first, within the tick's budget. */
    public void tick() {
        Instant start = clock.instant();
        for (BankConnection due : connections.due(start, settings.connectionsPerTick())) {
            if (Duration.between(start, clock.instant()).toMillis() > settings.tickBudgetMs()) {
                log.info("bank pulls: tick budget of {} ms spent; the other due connections wait for the next tick",
                        settings.tickBudgetMs());
                return;
            }
            pull(due);
        }
    }

    /** Pulls one connection and records the run; never throws (a failure is the connection's state). */
    public void pull(BankConnection connection) {
        Instant started = clock.instant();
        PullSchedule schedule = PullSchedule.parse(connection.schedule(), Duration.ZERO);
        try {
            PullCredentials credentials = connections.credentials(connection.id()).orElseThrow(() -> new PullFailure(
                    "the credentials cannot be opened: their key is not in " + CredentialSealer.PROPERTY + " any more"));
            StatementSink sink = (name, content) -> ingest(connection, name, content);
            PullResult result = connection.kind() == BankConnection.Kind.SFTP ? sftp.pull(connection, credentials, sink)
                    : api.pull(connection, credentials, sink);
            Instant finished = clock.instant();
            connections.recorded(connection.id(), started, null, result.imported(), schedule.nextAfter(finished),
                    result.bookedUntil());
            if (result.refused() > 0) {
                log.warn("bank connection {}: {} file(s) refused, first: {}", connection.id(), result.refused(), result.firstRefusal());
            }
            metrics.ran(connection, true, result);
        } catch (RuntimeException failure) {
            String error = failure instanceof PullFailure ? failure.getMessage()
                    : failure.getClass().getSimpleName() + ": " + failure.getMessage();
            int inARow = connection.consecutiveFailures() + 1;
            Instant retry = schedule.retryAfter(clock.instant(), inARow, Duration.ofMillis(settings.backoffBaseMs()),
                    Duration.ofMillis(settings.backoffMaxMs()));
            log.warn("bank connection {}: pull failed ({} in a row), next try at {}: {}", connection.id(), inARow, retry, error);
            connections.recorded(connection.id(), started, error, null, retry, null);
            metrics.ran(connection, false, PullResult.NOTHING);
        }
    }

    private PullResult ingest(BankConnection connection, String name, byte[] content) {
        try {
            List<IngestedStatement> statements = pipeline.ingest(new StatementDelivery(name, content, null, "pull",
                    CommandOrigin.system("bank-pull:" + connection.id(), "pull")));
            int duplicates = (int) statements.stream().filter(IngestedStatement::duplicate).count();
            return new PullResult(statements.size() - duplicates, duplicates, 0, null, null);
        } catch (LedgerRefusal refused) {
            return new PullResult(0, 0, 1, name + ": " + refused.getMessage(), null);
        }
    }
}
