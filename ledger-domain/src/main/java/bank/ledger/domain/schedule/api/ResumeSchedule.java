package bank.ledger.domain.schedule.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code reason} is one line of free text for the history (at most 500 characters). */
public record ResumeSchedule(@TargetAggregateIdentifier String scheduleId, String reason) {
}
