package bank.ledger.app.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Recurring and scheduled operations (docs/schedules.md): the periodic tick (on or off, its interval),
 * how many occurrences one schedule catches up in one tick or request, how many schedules one tick
 * takes, and the page limits of the API.
 */
@ConfigurationProperties("ledger.schedules")
public record ScheduleProperties(@DefaultValue("true") boolean tickEnabled,
                                 @DefaultValue("60000") long tickIntervalMs,
                                 @DefaultValue("31") int occurrencesPerRunMax,
                                 @DefaultValue("100") int schedulesPerTickMax,
                                 @DefaultValue("200") int pageSizeMax,
                                 @DefaultValue("100") int runHistoryMax) {
    public ScheduleProperties {
        if (tickIntervalMs < 1000 || occurrencesPerRunMax < 1 || schedulesPerTickMax < 1 || pageSizeMax < 1
                || runHistoryMax < 1) {
            throw new IllegalArgumentException("ledger.schedules: tick-interval-ms >= 1000, the limits >= 1 (were "
                    + tickIntervalMs + ", " + occurrencesPerRunMax + ", " + schedulesPerTickMax + ", " + pageSizeMax
                    + ", " + runHistoryMax + ")");
        }
    }
}
