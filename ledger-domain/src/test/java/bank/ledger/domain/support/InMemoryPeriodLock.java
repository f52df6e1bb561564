package bank.ledger.domain.support;

import bank.ledger.domain.period.PeriodId;
import bank.ledger.domain.period.PeriodLock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** The closed periods in memory, with the same rule as the PostgreSQL store: any closed period covering the date. */
public final class InMemoryPeriodLock implements PeriodLock.Store {
    private final Map<String, PeriodId> closed = new TreeMap<>();

    @Override
    public synchronized void requireOpen(LocalDate effectiveDate, String field) {
        closed.values().stream().filter(period -> period.contains(effectiveDate)).findFirst()
                .ifPresent(period -> {
                    throw PeriodLock.closed(effectiveDate, period.value(), field);
                });
    }

    @Override
    public synchronized void markClosed(PeriodId period) {
        closed.put(period.value(), period);
    }

    @Override
    public synchronized void markReopened(PeriodId period) {
        closed.remove(period.value());
    }

    public synchronized boolean isClosed(String periodId) {
        return closed.containsKey(periodId);
    }
}
