package bank.ledger.command.dispatch;

import bank.ledger.domain.account.AccountUsability;
import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountStatus;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Whether a ledger account can be named by another module (a bank account's mapping): the domain's
 * {@link AccountUsability} asked about the account as its events stand. Read from the event store, not
 * from a read model: strongly consistent (an account opened a moment ago counts), and the connectors role
 * may run without the projections. Bounded: the account's first event and its last, never the stream
 * between them.
 */
public class UsableAccounts {
    private final EventStore events;

    public UsableAccounts(EventStore events) {
        this.events = events;
    }

    /** Refuses, naming {@code field}, an account that is missing, in another currency, or closed. */
    public void requireUsable(String accountId, String currency, String field) {
        Optional<AccountOpened> opened = opened(accountId);
        AccountStatus status = opened.isPresent() && closed(accountId) ? AccountStatus.CLOSED : AccountStatus.OPEN;
        AccountUsability.requireUsable(accountId, opened.map(AccountOpened::currency).orElse(null), status, currency,
                field);
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

    /**
     * Closing is final (nothing is accepted after it), so a closed account's last event is its closing.
     * Frozen or not does not matter here: a frozen account is usable (see {@link AccountUsability}).
     */
    private boolean closed(String accountId) {
        Optional<Long> last = events.lastSequenceNumberFor(accountId);
        if (last.isEmpty()) {
            return false;
        }
        DomainEventStream stream = events.readEvents(accountId, last.get());
        return stream.hasNext() && stream.peek().getPayload() instanceof AccountClosed;
    }
}
