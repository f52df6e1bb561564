package bank.ledger.domain.period;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import bank.ledger.domain.approval.FourEyes;
import bank.ledger.domain.period.api.AccountingPeriodClosed;
import bank.ledger.domain.period.api.AccountingPeriodReopened;
import bank.ledger.domain.period.api.AccountingPeriodState;
import bank.ledger.domain.period.api.AccountingPeriodState.PeriodStatus;
import bank.ledger.domain.period.api.CloseAccountingPeriod;
import bank.ledger.domain.period.api.ReopenAccountingPeriod;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One accounting period (month, quarter or year), keyed {@code period/<id>}: open until closed, and
 * reopened only with a second person's approval and a reason. Every decision is an event; the lock
 * store ({@link PeriodLock.Store}) is written in the same unit of work, so the rule the entry handler
 * reads and the events never disagree (both commit or neither does).
 */
public class AccountingPeriod {
    public static final int REASON_LENGTH_MAX = 500;
    /** The four-eyes reason an approval shows for a held reopening. */
    public static final String REOPEN_REASON = "periodReopen";

    @AggregateIdentifier
    private String aggregateId;
    private PeriodId period;
    private PeriodStatus status;
    private Instant changedAt;

    protected AccountingPeriod() {
        // for Axon: created by the creation policy below or rebuilt from events
    }

    /** Closing a closed period answers its state again (a retried close is not an error). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AccountingPeriodState handle(CloseAccountingPeriod command, PeriodLock.Store locks, Clock clock) {
        PeriodId requested = PeriodId.parse(command.periodId(), "periodId");
        if (status == PeriodStatus.CLOSED) {
            return state(true);
        }
        LocalDate today = LocalDate.now(clock);
        if (!requested.lastDay().isBefore(today)) {
            throw LedgerRefusal.of(RefusalCode.PERIOD_NOT_ENDED, "periodId", "period " + requested.value()
                    + " ends on " + requested.lastDay() + "; it can be closed from the day after");
        }
        locks.markClosed(requested);
        apply(new AccountingPeriodClosed(requested.value(), requested.firstDay(), requested.lastDay(),
                clock.instant()));
        return state(false);
    }

    /** Always held for a second person ({@link FourEyes#requireAlways}), whatever the maker-checker setting. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AccountingPeriodState handle(ReopenAccountingPeriod command, PeriodLock.Store locks, Clock clock,
                                        FourEyes fourEyes, MetaData metadata) {
        PeriodId requested = PeriodId.parse(command.periodId(), "periodId");
        Fields.requireFreeText(command.reason(), "reason", REASON_LENGTH_MAX);
        if (command.reason().isBlank()) {
            throw Fields.invalid("reason", "reason is required: say why the closed period must take entries again");
        }
        if (status != PeriodStatus.CLOSED) {
            throw LedgerRefusal.of(RefusalCode.PERIOD_NOT_CLOSED, "periodId",
                    "period " + requested.value() + " is not closed");
        }
        fourEyes.requireAlways(command, REOPEN_REASON, metadata);
        locks.markReopened(requested);
        apply(new AccountingPeriodReopened(requested.value(), requested.firstDay(), requested.lastDay(),
                command.reason(), clock.instant()));
        return state(false);
    }

    @EventSourcingHandler
    void on(AccountingPeriodClosed event) {
        aggregateId = PeriodId.aggregateId(event.periodId());
        period = PeriodId.parse(event.periodId(), "periodId");
        status = PeriodStatus.CLOSED;
        changedAt = event.closedAt();
    }

    @EventSourcingHandler
    void on(AccountingPeriodReopened event) {
        status = PeriodStatus.OPEN;
        changedAt = event.reopenedAt();
    }

    private AccountingPeriodState state(boolean replayed) {
        return new AccountingPeriodState(period.value(), period.firstDay(), period.lastDay(), status, changedAt,
                replayed);
    }
}
