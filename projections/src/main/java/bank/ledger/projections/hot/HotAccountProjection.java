package bank.ledger.projections.hot;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountFrozen;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountUnfrozen;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.projections.Json;
import bank.ledger.projections.readmodel.AccountTable;
import bank.ledger.projections.readmodel.HotAccountHash;
import bank.ledger.projections.readmodel.RecentLine;
import bank.ledger.projections.support.BatchedWrites;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Hot account balances and recent lines in Redis, so that reading a balance does not touch PostgreSQL.
 * If Redis is down the handler fails, the event goes to the dead-letter queue and
 * {@link DeadLetterRetry} replays it once Redis is back; nothing is skipped. A streaming batch's writes go in one
 * pipeline ({@link BatchedWrites}); when it fails, the batch is retried one event at a time, so the dead letters
 * stay per event.
 */
@Component
@Profile("projections")
@ProcessingGroup(HotAccountProjection.PROCESSING_GROUP)
public class HotAccountProjection implements BatchedWrites.Projection {
    public static final String PROCESSING_GROUP = "hot-accounts";
    private final HotAccountStore store;
    /** A batch's writes go to Redis in one pipeline before the batch commits (its token with it). */
    private final BatchedWrites<HotAccountStore.Write> writes;

    public HotAccountProjection(HotAccountStore store) {
        this.store = store;
        this.writes = new BatchedWrites<>(PROCESSING_GROUP, store::write, store::writeAll);
    }

    @Override
    public BatchedWrites<?> writes() {
        return writes;
    }

    private void set(String accountId, long sequence, Map<String, String> fields) {
        writes.write(new HotAccountStore.Write(accountId, sequence, fields, null));
    }

    @EventHandler
    void on(AccountOpened event, @SequenceNumber long sequence) {
        set(event.accountId(), sequence, HotFields.opened(event));
    }

    @EventHandler
    void on(AccountFrozen event, @SequenceNumber long sequence) {
        set(event.accountId(), sequence, HotFields.status("FROZEN", event.frozenAt()));
    }

    @EventHandler
    void on(AccountUnfrozen event, @SequenceNumber long sequence) {
        set(event.accountId(), sequence, HotFields.status("OPEN", event.unfrozenAt()));
    }

    @EventHandler
    void on(AccountClosed event, @SequenceNumber long sequence) {
        set(event.accountId(), sequence, HotFields.status("CLOSED", event.closedAt()));
    }

    @EventHandler
    void on(AccountBalanceChanged event, @SequenceNumber long sequence) {
        writes.write(new HotAccountStore.Write(event.accountId(), sequence, HotFields.totals(event),
                Json.write(HotFields.recentLine(event, sequence))));
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    /** The hash fields each event sets ({@link HotAccountHash}: {@code rm_account} column names, values as text). */
    static final class HotFields {
        private HotFields() {
        }

        static Map<String, String> opened(AccountOpened e) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(AccountTable.ACCOUNT_ID, e.accountId());
            fields.put(AccountTable.CODE, e.code());
            fields.put(AccountTable.NAME, e.name());
            fields.put(AccountTable.TYPE, e.type().name());
            fields.put(AccountTable.CURRENCY, e.currency());
            fields.put(AccountTable.DEBITS_MUST_NOT_EXCEED_CREDITS, Boolean.toString(e.flags().debitsMustNotExceedCredits()));
            fields.put(AccountTable.CREDITS_MUST_NOT_EXCEED_DEBITS, Boolean.toString(e.flags().creditsMustNotExceedDebits()));
            fields.put(AccountTable.METADATA, Json.write(e.metadata()));
            fields.put(AccountTable.OPENED_AT, HotAccountHash.instant(e.openedAt()));
            // Redis has no null: an empty string is "no parent"
            fields.put(AccountTable.PARENT_ACCOUNT_ID, e.parentAccountId() == null ? "" : e.parentAccountId());
            fields.putAll(status("OPEN", e.openedAt()));
            fields.putAll(HotAccountHash.totals(0, 0, 0, 0));
            return fields;
        }

        static Map<String, String> status(String status, Instant at) {
            return HotAccountHash.status(status, at);
        }

        static Map<String, String> totals(AccountBalanceChanged e) {
            Balances t = e.totals();
            Map<String, String> fields = new LinkedHashMap<>(HotAccountHash.totals(t.debitsPosted(),
                    t.creditsPosted(), t.debitsPending(), t.creditsPending()));
            fields.put(AccountTable.UPDATED_AT, HotAccountHash.instant(e.recordedAt()));
            return fields;
        }

        /** A recent line; the same event always gives the same JSON text, so re-adding it is a no-op. */
        static RecentLine recentLine(AccountBalanceChanged e, long sequence) {
            return RecentLine.of(e, sequence);
        }
    }
}
