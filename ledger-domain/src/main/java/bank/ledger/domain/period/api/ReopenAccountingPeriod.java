package bank.ledger.domain.period.api;

import bank.ledger.domain.period.PeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a closed period; always needs a second person's approval, and a reason. */
public record ReopenAccountingPeriod(String periodId, String reason) {
    /** The period's event stream ({@code period/2026-11}); not part of the JSON (no getter name). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return PeriodId.aggregateId(periodId);
    }
}
