package bank.ledger.projections.balance;

import static bank.ledger.projections.readmodel.AccountTable.*;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountFrozen;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountUnfrozen;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.text.StoredText;
import bank.ledger.projections.Json;
import java.sql.Timestamp;
import java.time.Instant;
import bank.ledger.projections.support.BatchedWrites;
import bank.ledger.projections.support.JdbcWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read model {@code rm_account} (names in {@link bank.ledger.projections.readmodel.AccountTable}): each
 * account's status and four totals. Idempotent: every write is
 * guarded by the aggregate sequence number, and balance events carry the totals after the change,
 * so a redelivery or a replay sets the same values instead of adding twice.
 */
@Component
@Profile("projections")
@ProcessingGroup(AccountProjection.PROCESSING_GROUP)
public class AccountProjection implements BatchedWrites.Projection {
    public static final String PROCESSING_GROUP = "account-balances";
    private final JdbcTemplate jdbc;
    private final JdbcWrites writes;

    public AccountProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new JdbcWrites(jdbc, PROCESSING_GROUP);
    }

    @EventHandler
    void on(AccountOpened event, @SequenceNumber long sequence) {
        writes.update("insert into " + TABLE + " (" + String.join(", ", ACCOUNT_ID, CODE, NAME, TYPE, CURRENCY, STATUS,
                        DEBITS_MUST_NOT_EXCEED_CREDITS, CREDITS_MUST_NOT_EXCEED_DEBITS, METADATA, OPENED_AT, UPDATED_AT,
                        LAST_SEQUENCE, PARENT_ACCOUNT_ID, FX_CLEARING) + ") values (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?::jsonb, ?, ?, ?, ?, ?) "
                        + "on conflict (" + ACCOUNT_ID + ") do nothing",
                StoredText.args(event.accountId(), event.code(), event.name(), event.type().name(), event.currency(),
                        event.flags().debitsMustNotExceedCredits(), event.flags().creditsMustNotExceedDebits(),
                        Json.write(event.metadata()), at(event.openedAt()), at(event.openedAt()), sequence,
                        event.parentAccountId(), event.flags().fxClearing()));
    }

    @EventHandler
    void on(AccountFrozen event, @SequenceNumber long sequence) {
        status(event.accountId(), "FROZEN", event.frozenAt(), sequence);
    }

    @EventHandler
    void on(AccountUnfrozen event, @SequenceNumber long sequence) {
        status(event.accountId(), "OPEN", event.unfrozenAt(), sequence);
    }

    @EventHandler
    void on(AccountClosed event, @SequenceNumber long sequence) {
        status(event.accountId(), "CLOSED", event.closedAt(), sequence);
    }

    @EventHandler
    void on(AccountBalanceChanged event, @SequenceNumber long sequence) {
        Balances totals = event.totals();
        writes.update("update " + TABLE + " set " + DEBITS_POSTED + " = ?, " + CREDITS_POSTED + " = ?, " + DEBITS_PENDING
                        + " = ?, " + CREDITS_PENDING + " = ?, " + UPDATED_AT + " = ?, " + LAST_SEQUENCE + " = ? where "
                        + ACCOUNT_ID + " = ? and " + LAST_SEQUENCE + " < ?",
                totals.debitsPosted(), totals.creditsPosted(), totals.debitsPending(), totals.creditsPending(),
                at(event.recordedAt()), sequence, event.accountId(), sequence);
    }

    @Override
    public BatchedWrites<?> writes() {
        return writes.batched();
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from " + TABLE);
    }

    private void status(String accountId, String status, Instant at, long sequence) {
        writes.update("update " + TABLE + " set " + STATUS + " = ?, " + UPDATED_AT + " = ?, " + LAST_SEQUENCE + " = ? where "
                + ACCOUNT_ID + " = ? and " + LAST_SEQUENCE + " < ?", status, at(at), sequence, accountId, sequence);
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
