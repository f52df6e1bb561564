package bank.ledger.domain.period.api;

import bank.ledger.domain.period.PeriodId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a month ({@code 2026-11}), quarter ({@code 2026-Q4}) or year ({@code 2026}) for entries and holds. */
public record CloseAccountingPeriod(String periodId) {
    /** The period's event stream ({@code period/2026-11}); not part of the JSON (no getter name). */
    @TargetAggregateIdentifier
    public String aggregateId() {
        return PeriodId.aggregateId(periodId);
    }
}
