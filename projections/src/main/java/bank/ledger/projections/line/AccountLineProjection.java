package bank.ledger.projections.line;

import static bank.ledger.projections.readmodel.AccountLineTable.*;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.text.StoredText;
import bank.ledger.projections.support.BatchedWrites;
import bank.ledger.projections.support.JdbcWrites;
import java.sql.Timestamp;
import java.util.Collections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read model {@code rm_account_line}: every account's journal lines with the totals after each, the
 * source of statements, balances at a date, "as known at" and the trial balance. Idempotent: the key
 * is (account, aggregate sequence number) and the row is a pure function of its event, so a second
 * delivery writes the same values again.
 * <p>A rebuild keeps the old rows serving: the reset deletes nothing, and the replay overwrites each
 * row in place with the value computed from its event. Statements stay complete during a rebuild.
 */
@Component
@Profile("projections")
@ProcessingGroup(AccountLineProjection.PROCESSING_GROUP)
public class AccountLineProjection implements BatchedWrites.Projection {
    public static final String PROCESSING_GROUP = "account-lines";
    /** Insert, or overwrite in place with the values computed again from the event (key: account, sequence). */
    private static final String UPSERT = "insert into " + TABLE + " (" + String.join(", ", COLUMNS) + ") values ("
            + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ") on conflict (" + ACCOUNT_ID + ", "
            + SEQUENCE + ") do update set " + String.join(", ", COLUMNS.stream()
            .filter(c -> !c.equals(ACCOUNT_ID) && !c.equals(SEQUENCE)).map(c -> c + " = excluded." + c).toList());
    private final JdbcWrites writes;

    public AccountLineProjection(JdbcTemplate jdbc) {
        this.writes = new JdbcWrites(jdbc, PROCESSING_GROUP);
    }

    @EventHandler
    void on(AccountBalanceChanged event, @SequenceNumber long sequence,
            @MetaDataValue("actor") String actor, @MetaDataValue("channel") String channel,
            @MetaDataValue("correlationId") String correlationId) {
        insert(AccountLine.of(event, sequence, actor, channel, correlationId));
    }

    @Override
    public BatchedWrites<?> writes() {
        return writes.batched();
    }

    /** Deliberately keeps every row: the replay rewrites them in place (see the class comment). */
    @ResetHandler
    void reset() {
        // nothing to clear
    }

    void insert(AccountLine line) {
        writes.update(UPSERT,
                StoredText.args(line.accountId(), line.sequence(), line.entryId(), line.currency(), line.effectiveDate(),
                        Timestamp.from(line.recordedAt()),
                        line.change().debitsPosted(), line.change().creditsPosted(),
                        line.change().debitsPending(), line.change().creditsPending(),
                        line.totals().debitsPosted(), line.totals().creditsPosted(),
                        line.totals().debitsPending(), line.totals().creditsPending(),
                        line.actor(), line.channel(), line.correlationId()));
    }
}
