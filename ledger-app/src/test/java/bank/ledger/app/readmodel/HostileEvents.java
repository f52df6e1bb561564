package bank.ledger.app.readmodel;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * Events that the API (and, later, the command handlers) refuse, appended straight to the event store
 * with the application's serializer: what an old event or another writer left behind. The read side must
 * cope with whatever the store holds.
 */
final class HostileEvents {
    private final EventStore events;
    private final TransactionManager transactions;

    HostileEvents(EventStore events, TransactionManager transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    /** A posted entry of two lines on accounts nobody else uses; its id, description and metadata as given. */
    void entryPosted(String entryId, String description, Map<String, String> metadata) {
        String debit = "hostile-" + UUID.randomUUID();
        String credit = "hostile-" + UUID.randomUUID();
        append("JournalEntry", entryId, new JournalEntryPosted(entryId, LocalDate.of(2026, 11, 25), description,
                List.of(new Posting(debit, Side.DEBIT, 100, "EUR"), new Posting(credit, Side.CREDIT, 100, "EUR")),
                metadata, null, "hostile", Instant.now()));
    }

    void accountOpened(String accountId, String name, Map<String, String> metadata) {
        append("Account", accountId, new AccountOpened(accountId, "C-" + accountId, name, AccountType.ASSET, "EUR",
                new AccountFlags(false, false), metadata, Instant.now()));
    }

    private void append(String aggregateType, String aggregateId, Object payload) {
        var unitOfWork = new DefaultUnitOfWork<>(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> events.publish(
                new GenericDomainEventMessage<>(aggregateType, aggregateId, 0, payload, Map.of("actor", "hostile"))));
    }

    /**
     * A fresh id that falls into the same processor segment as {@code other} (segments split aggregates by
     * the low bits of the id's hash; the same 4 bits cover up to 16 segments), so that a later event of
     * this id can only be projected if the segment that met the hostile event kept moving.
     */
    static String sameSegmentAs(String other, String prefix) {
        while (true) {
            String id = prefix + "-" + UUID.randomUUID();
            if ((id.hashCode() & 15) == (other.hashCode() & 15)) {
                return id;
            }
        }
    }
}
