package bank.ledger.app.schedule;

import bank.ledger.command.consistency.ReadModelBarrier;
import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.projections.support.jobs.ClusterJobs;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recurring and scheduled operations: the runner needs the write side (commands), the query side
 * (daily balances) and the projections role's read model (which schedules are due), so it runs on a
 * node with all three (docs/schedules.md, "Nodes").
 */
@Configuration(proxyBeanMethods = false)
@Profile("command & query & projections")
@EnableConfigurationProperties(ScheduleProperties.class)
public class ScheduleConfiguration {
    /** The channel of every command a run sends, the operators' included (four-eyes sees it: docs/schedules.md). */
    public static final String CHANNEL = "scheduler";

    @Bean
    ScheduleLock scheduleLock(DataSource dataSource) {
        return new ScheduleLock(dataSource);
    }

    @Bean
    ScheduleRunner scheduleRunner(CommandDispatch commands, QueryGateway queries, ScheduleLock scheduleLock,
                                  ReadModelBarrier readModels) {
        return new ScheduleRunner(commands, new InterestPostings(queries, readModels), scheduleLock);
    }

    @Bean
    ScheduleQueries scheduleQueries(JdbcTemplate jdbc) {
        return new ScheduleQueries(jdbc);
    }

    @Bean
    @ConditionalOnProperty(prefix = "ledger.schedules", name = "tick-enabled", havingValue = "true", matchIfMissing = true)
    ScheduleTick scheduleTick(ScheduleRunner scheduleRunner, ScheduleQueries scheduleQueries, ScheduleProperties settings,
                              Clock clock, ClusterJobs jobs) {
        return new ScheduleTick(scheduleRunner, scheduleQueries, settings, clock, jobs);
    }
}
