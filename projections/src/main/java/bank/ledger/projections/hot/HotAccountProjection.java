package bank.ledger.projections.hot;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountFrozen;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountUnfrozen;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.projections.Json;
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
 * {@link DeadLetterRetry} replays it once Redis is back; nothing is skipped.
 */
@Component
@Profile("projections")
@ProcessingGroup(HotAccountProjection.PROCESSING_GROUP)
public class HotAccountProjection {
    public static final String PROCESSING_GROUP = "hot-accounts";
    private final HotAccountStore store;

    public HotAccountProjection(HotAccountStore store) {
        this.store = store;
    }

    @EventHandler
    void on(AccountOpened event, @SequenceNumber long sequence) {
        store.set(event.accountId(), sequence, HotFields.opened(event));
    }

    @EventHandler
    void on(AccountFrozen event, @SequenceNumber long sequence) {
        store.set(event.accountId(), sequence, HotFields.status("FROZEN", event.frozenAt()));
    }

    @EventHandler
    void on(AccountUnfrozen event, @SequenceNumber long sequence) {
        store.set(event.accountId(), sequence, HotFields.status("OPEN", event.unfrozenAt()));
    }

    @EventHandler
    void on(AccountClosed event, @SequenceNumber long sequence) {
        store.set(event.accountId(), sequence, HotFields.status("CLOSED", event.closedAt()));
    }

    @EventHandler
    void on(AccountBalanceChanged event, @SequenceNumber long sequence) {
        store.set(event.accountId(), sequence, HotFields.totals(event));
        store.addRecent(event.accountId(), sequence, Json.write(HotFields.recentLine(event, sequence)));
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    /** The hash fields each event sets: {@code rm_account} column names, values as text. */
    static final class HotFields {
        private HotFields() {
        }

        static Map<String, String> opened(AccountOpened e) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("account_id", e.accountId());
            fields.put("code", e.code());
            fields.put("name", e.name());
            fields.put("type", e.type().name());
            fields.put("currency", e.currency());
            fields.put("debits_must_not_exceed_credits", Boolean.toString(e.flags().debitsMustNotExceedCredits()));
            fields.put("credits_must_not_exceed_debits", Boolean.toString(e.flags().creditsMustNotExceedDebits()));
            fields.put("metadata", Json.write(e.metadata()));
            fields.put("opened_at", e.openedAt().toString());
            // Redis has no null: an empty string is "no parent"
            fields.put("parent_account_id", e.parentAccountId() == null ? "" : e.parentAccountId());
            fields.putAll(status("OPEN", e.openedAt()));
            fields.putAll(totals(0, 0, 0, 0));
            return fields;
        }

        static Map<String, String> status(String status, Instant at) {
            return Map.of("status", status, "updated_at", at.toString());
        }

        static Map<String, String> totals(AccountBalanceChanged e) {
            Map<String, String> fields = new LinkedHashMap<>(totals(e.totals().debitsPosted(),
                    e.totals().creditsPosted(), e.totals().debitsPending(), e.totals().creditsPending()));
            fields.put("updated_at", e.recordedAt().toString());
            return fields;
        }

        private static Map<String, String> totals(long debitsPosted, long creditsPosted, long debitsPending,
                                                  long creditsPending) {
            return Map.of("debits_posted", Long.toString(debitsPosted), "credits_posted", Long.toString(creditsPosted),
                    "debits_pending", Long.toString(debitsPending), "credits_pending", Long.toString(creditsPending));
        }

        /** A recent line as JSON; the same event always gives the same text, so re-adding it is a no-op. */
        static Map<String, Object> recentLine(AccountBalanceChanged e, long sequence) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sequence", sequence);
            line.put("entryId", e.entryId());
            line.put("effectiveDate", e.effectiveDate().toString());
            line.put("recordedAt", e.recordedAt().toString());
            line.put("change", amounts(e.change()));
            line.put("totals", amounts(e.totals()));
            return line;
        }

        /** The four totals only, in a fixed order: the JSON is a contract with the query side. */
        private static Map<String, Long> amounts(Balances b) {
            Map<String, Long> amounts = new LinkedHashMap<>();
            amounts.put("debitsPosted", b.debitsPosted());
            amounts.put("creditsPosted", b.creditsPosted());
            amounts.put("debitsPending", b.debitsPending());
            amounts.put("creditsPending", b.creditsPending());
            return amounts;
        }
    }
}
