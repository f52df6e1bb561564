package bank.ledger.app.schedule;

import bank.ledger.command.consistency.ReadModelCatchingUp;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.projections.support.FixedDelayTask;
import bank.ledger.projections.support.jobs.ClusterJobs;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic run: every {@code ledger.schedules.tick-interval-ms}, the active schedules due today (UTC)
 * from the read model, each caught up by at most {@code occurrences-per-run-max} occurrences. Every node
 * ticks, one at a time runs the round ({@link ClusterJobs}, job {@value #JOB}); the schedule's own advisory
 * lock still keeps an operator's run ({@code POST .../runs}) and the tick apart. A schedule the read
 * model shows due although it ran (the read model lags) costs one state read and posts nothing.
 */
final class ScheduleTick extends FixedDelayTask {
    static final String JOB = "schedule-tick";
    private static final Logger log = LoggerFactory.getLogger(ScheduleTick.class);
    private final ClusterJobs jobs;
    private final ScheduleRunner runner;
    private final ScheduleQueries queries;
    private final ScheduleProperties settings;
    private final Clock clock;

    ScheduleTick(ScheduleRunner runner, ScheduleQueries queries, ScheduleProperties settings, Clock clock,
                 ClusterJobs jobs) {
        super(JOB, settings.tickIntervalMs());
        this.jobs = jobs;
        jobs.register(JOB, Duration.ofMillis(settings.tickIntervalMs()));
        this.runner = runner;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        jobs.runOnce(JOB, this::tick);
    }

    private void tick() {
        LocalDate today = LocalDate.now(clock);
        for (String scheduleId : queries.due(today, settings.schedulesPerTickMax())) {
            try {
                runner.run(scheduleId, today, settings.occurrencesPerRunMax(),
                        CommandOrigin.system("scheduler", ScheduleConfiguration.CHANNEL));
            } catch (LedgerRefusal refusal) {
                log.debug("schedule {} not run: {} {}", scheduleId, refusal.code().code(), refusal.detail());
            } catch (ReadModelCatchingUp behind) {
                log.info("schedule {} waits for the read models: {}", scheduleId, behind.getMessage());
            } catch (RuntimeException failure) {
                log.warn("schedule {} stopped; the next tick goes on from its last recorded run", scheduleId, failure);
            }
        }
    }
}
