package bank.ledger.domain.schedule.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Answers the schedule's state from the aggregate itself, changing nothing. The runner needs the next
 * occurrence and the interest carry as the event store has them, not as a read model that may lag.
 */
public record DescribeSchedule(@TargetAggregateIdentifier String scheduleId) {
}
