package bank.ledger.domain.schedule.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the outcome of occurrence {@code occurrence}: the entry it posted, or why it posted none
 * ({@code skipReason}: a refusal code of the ledger, or {@code zeroAmount}). Occurrences are recorded in
 * order, each once: recording one again answers the first record.
 * {@code amount} is signed minor units; {@code carry} the exact remainder after rounding (interest).
 */
public record RecordScheduleRun(@TargetAggregateIdentifier String scheduleId, long occurrence, String periodKey,
                                LocalDate effectiveDate, String entryId, String skipReason, long amount,
                                String carry) {
}
