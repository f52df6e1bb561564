package bank.ledger.domain.period;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;

/**
 * The one rule every money-moving command asks: is this effective date in a closed accounting period?
 * A port: the application keeps closed periods in PostgreSQL and answers inside the command's own
 * transaction, so a period closing at the same moment either commits first (and the entry is refused)
 * or waits for the entry to commit (and the entry was written while the period was open).
 */
public interface PeriodLock {
    /** Refuses {@code periodClosed}, naming {@code field}, when a closed period covers the date. */
    void requireOpen(LocalDate effectiveDate, String field);

    /** No periods are ever closed (tests of other rules, and constructions that predate periods). */
    static PeriodLock none() {
        return (effectiveDate, field) -> {
        };
    }

    /** The refusal of a date inside a closed period, the same from every store. */
    static LedgerRefusal closed(LocalDate effectiveDate, String periodId, String field) {
        return LedgerRefusal.of(RefusalCode.PERIOD_CLOSED, field, "effective date " + effectiveDate
                + " is in the closed accounting period " + periodId + "; date it in an open period");
    }

    /** The lock's write side, used only by the accounting-period aggregate in the same unit of work as its events. */
    interface Store extends PeriodLock {
        /** Records the period as closed; waits for entries being written to commit first. */
        void markClosed(PeriodId period);

        /** Removes the period's closure; dates stay closed when another closed period covers them. */
        void markReopened(PeriodId period);
    }
}
