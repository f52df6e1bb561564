package bank.ledger.projections.line;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import java.sql.Timestamp;
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
 * is (account, aggregate sequence number) and a second insert of the same event does nothing.
 */
@Component
@Profile("projections")
@ProcessingGroup(AccountLineProjection.PROCESSING_GROUP)
public class AccountLineProjection {
    public static final String PROCESSING_GROUP = "account-lines";
    private final JdbcTemplate jdbc;

    public AccountLineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountBalanceChanged event, @SequenceNumber long sequence,
            @MetaDataValue("actor") String actor, @MetaDataValue("channel") String channel,
            @MetaDataValue("correlationId") String correlationId) {
        insert(AccountLine.of(event, sequence, actor, channel, correlationId));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from rm_account_line");
    }

    void insert(AccountLine line) {
        jdbc.update("""
                insert into rm_account_line (account_id, sequence, entry_id, currency, effective_date, recorded_at,
                    change_debits_posted, change_credits_posted, change_debits_pending, change_credits_pending,
                    total_debits_posted, total_credits_posted, total_debits_pending, total_credits_pending,
                    actor, channel, correlation_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (account_id, sequence) do nothing""",
                line.accountId(), line.sequence(), line.entryId(), line.currency(), line.effectiveDate(),
                Timestamp.from(line.recordedAt()),
                line.change().debitsPosted(), line.change().creditsPosted(),
                line.change().debitsPending(), line.change().creditsPending(),
                line.totals().debitsPosted(), line.totals().creditsPosted(),
                line.totals().debitsPending(), line.totals().creditsPending(),
                line.actor(), line.channel(), line.correlationId());
    }
}
