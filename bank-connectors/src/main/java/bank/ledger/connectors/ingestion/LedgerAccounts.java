package bank.ledger.connectors.ingestion;

import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * What a bank account mapping needs to know of a ledger account: that it exists, is not closed, and
 * is in the mapping's currency. Read from the event store, not from a read model: strongly
 * consistent (an account opened a moment ago counts), and the connectors role may run without the
 * projections. Bounded: the account's first event and its last, never the stream between them.
 */
public class LedgerAccounts {
    private final EventStore events;

    public LedgerAccounts(EventStore events) {
        this.events = events;
    }

    /** Refuses, naming {@code field}, an account that is missing, closed or in another currency. */
    public void requireUsable(String accountId, String currency, String field) {
        AccountOpened opened = opened(accountId).orElseThrow(() -> LedgerRefusal.of(RefusalCode.ACCOUNT_NOT_FOUND,
                field, "there is no ledger account " + accountId));
        if (!opened.currency().equals(currency)) {
            throw LedgerRefusal.of(RefusalCode.CURRENCY_MISMATCH, field, "ledger account " + accountId + " is in "
                    + opened.currency() + ", the bank account in " + currency);
        }
        if (closed(accountId)) {
            throw LedgerRefusal.of(RefusalCode.ACCOUNT_CLOSED, field, "ledger account " + accountId + " is closed");
        }
    }

    /**
     * The event that opened the account. {@code readEvents(id, 0)} reads the stored events from sequence
     * 0; {@code readEvents(id)} would start from the newest snapshot instead. Another aggregate's id (a
     * journal entry, a statement) starts with another event and is no account.
     */
    private Optional<AccountOpened> opened(String accountId) {
        DomainEventStream stream = events.readEvents(accountId, 0);
        return stream.hasNext() && stream.peek().getPayload() instanceof AccountOpened opened
                ? Optional.of(opened) : Optional.empty();
    }

    /** Closing is final (nothing is accepted after it), so a closed account's last event is its closing. */
    private boolean closed(String accountId) {
        Optional<Long> last = events.lastSequenceNumberFor(accountId);
        if (last.isEmpty()) {
            return false;
        }
        DomainEventStream stream = events.readEvents(accountId, last.get());
        return stream.hasNext() && stream.peek().getPayload() instanceof AccountClosed;
    }
}
