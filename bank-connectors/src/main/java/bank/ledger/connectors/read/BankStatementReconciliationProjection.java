package bank.ledger.connectors.read;

import bank.ledger.domain.statement.api.StatementHeader;
import bank.ledger.domain.statement.api.StatementLine;
import bank.ledger.domain.statement.api.StatementLineMatched;
import bank.ledger.domain.statement.api.StatementLineSuspended;
import bank.ledger.domain.statement.api.StatementLineSuspenseReleased;
import bank.ledger.domain.statement.api.StatementLineUnmatched;
import bank.ledger.domain.statement.api.StatementLinesRecorded;
import bank.ledger.domain.statement.api.StatementReceived;
import bank.ledger.domain.statement.api.StatementSuperseded;
import bank.ledger.domain.text.StoredText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read models {@code recon_statement}, {@code recon_line} and {@code recon_decision}: each statement,
 * each line's reconciliation status (OPEN, MATCHED, SUSPENDED, RETIRED, or INFO for a line the bank
 * did not book), and the log of decisions. Idempotent through the aggregate sequence number.
 */
@Component
@Profile("projections")
@ProcessingGroup(BankStatementReconciliationProjection.PROCESSING_GROUP)
public class BankStatementReconciliationProjection {
    public static final String PROCESSING_GROUP = "statement-reconciliation";
    private final JdbcTemplate jdbc;

    public BankStatementReconciliationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StatementReceived event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at) {
        StatementHeader h = event.header();
        jdbc.update("""
                insert into recon_statement (statement_key, bank_account, currency, message_type, format, statement_id,
                    sequence, opening_minor, closing_minor, closing_date, line_count, ledger_account_id, received_at,
                    last_sequence, warnings, difference_minor)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) on conflict (statement_key) do nothing""",
                StoredText.args(event.statementKey(), h.bankAccount(), h.currency(), h.messageType(), h.format(),
                        h.statementId(), h.sequence(), h.openingMinor(), h.closingMinor(), h.closingDate(), h.lineCount(),
                        h.ledgerAccountId(), Timestamp.from(at), sequence, ReconJson.warnings(h.warnings()),
                        h.differenceMinor()));
    }

    @EventHandler
    void on(StatementLinesRecorded event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at) {
        Timestamp recordedAt = Timestamp.from(at);
        List<Object[]> rows = new ArrayList<>(event.lines().size());
        for (StatementLine l : event.lines()) {
            rows.add(StoredText.args(l.booked() ? "OPEN" : "INFO", event.statementKey(), l.lineNo(), l.signedMinor(),
                    l.bookingDate(), l.valueDate(), l.reference(), l.customerReference(), l.endToEndId(), l.counterparty(),
                    l.description(), recordedAt, recordedAt, sequence, ReconJson.warnings(l.warnings()), l.exactAmount(),
                    l.exactCurrency(), l.reviewReason(), l.reviewReason() != null, event.statementKey()));
        }
        // a line with a review reason is left to people from the start (manual_only): its amount is not exact
        jdbc.batchUpdate("""
                insert into recon_line (status, statement_key, line_no, ledger_account_id, signed_minor, currency,
                    booking_date, value_date, reference, customer_reference, end_to_end_id, counterparty, description,
                    recorded_at, updated_at, last_sequence, warnings, exact_amount, exact_currency, review_reason,
                    manual_only)
                select case when s.superseded_by is null then ? else 'RETIRED' end, ?, ?, s.ledger_account_id, ?,
                    s.currency, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?
                from recon_statement s where s.statement_key = ?
                on conflict (statement_key, line_no) do nothing""", rows);
    }

    @EventHandler
    void on(StatementLineMatched event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at) {
        String items = ReconJson.write(event.items());
        jdbc.update("update recon_line set status = 'MATCHED', items = ?::jsonb, rule = ?, score = ?, "
                        + "difference_entry_id = ?, suspense_entry_id = null, decided_by = ?, updated_at = ?, "
                        + "last_sequence = ? "
                        + "where statement_key = ? and line_no = ? and last_sequence < ?", items, event.rule(), event.score(),
                event.differenceEntryId(),
                event.manual() ? event.actor() : "engine", Timestamp.from(at), sequence, event.statementKey(),
                event.lineNo(), sequence);
        decision(event.statementKey(), sequence, event.lineNo(), "MATCHED", event.rule(), event.score(), items,
                event.manual(), event.actor(), event.reason(), at);
    }

    @EventHandler
    void on(StatementLineUnmatched event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at) {
        // the match had reversed any suspense entry: the line is plainly open, one epoch on
        jdbc.update("update recon_line set status = 'OPEN', items = null, rule = null, score = null, "
                        + "difference_entry_id = null, epoch = epoch + 1, decided_by = ?, updated_at = ?, "
                        + "manual_only = (? or review_reason is not null), last_sequence = ? "
                        + "where statement_key = ? and line_no = ? and last_sequence < ?",
                event.actor(), Timestamp.from(at), !StatementLineUnmatched.SYSTEM_ACTOR.equals(event.actor()), sequence, event.statementKey(),
                event.lineNo(), sequence);
        decision(event.statementKey(), sequence, event.lineNo(), "UNMATCHED", null, null,
                ReconJson.write(event.items()), true, event.actor(), event.reason(), at);
    }

    @EventHandler
    void on(StatementLineSuspended event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("update recon_line set status = 'SUSPENDED', suspense_entry_id = ?, updated_at = ?, "
                        + "last_sequence = ? where statement_key = ? and line_no = ? and last_sequence < ?",
                event.suspenseEntryId(), Timestamp.from(at), sequence, event.statementKey(), event.lineNo(), sequence);
        decision(event.statementKey(), sequence, event.lineNo(), "SUSPENDED", "suspense", null, null, false, "engine",
                event.reason(), at);
    }

    @EventHandler
    void on(StatementLineSuspenseReleased event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("update recon_line set status = 'OPEN', suspense_entry_id = null, updated_at = ?, last_sequence = ? "
                + "where statement_key = ? and line_no = ? and last_sequence < ?", Timestamp.from(at), sequence,
                event.statementKey(), event.lineNo(), sequence);
        decision(event.statementKey(), sequence, event.lineNo(), "UNSUSPENDED", "suspense", null, null, false,
                StatementLineUnmatched.SYSTEM_ACTOR, event.reason(), at);
    }

    @EventHandler
    void on(StatementSuperseded event, @SequenceNumber long sequence) {
        jdbc.update("update recon_statement set superseded_by = ?, last_sequence = ? where statement_key = ? "
                + "and last_sequence < ?", event.supersededBy(), sequence, event.statementKey(), sequence);
        jdbc.update("update recon_line set status = 'RETIRED', last_sequence = ? where statement_key = ? "
                + "and last_sequence < ?", sequence, event.statementKey(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from recon_decision");
        jdbc.update("delete from recon_line");
        jdbc.update("delete from recon_statement");
    }

    private void decision(String key, long sequence, int lineNo, String kind, String rule, Integer score, String items,
                          boolean manual, String actor, String reason, Instant at) {
        jdbc.update("""
                insert into recon_decision (statement_key, sequence, line_no, kind, rule, score, items, manual, actor,
                    reason, decided_at)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) on conflict (statement_key, sequence) do nothing""",
                StoredText.args(key, sequence, lineNo, kind, rule, score, items, manual, actor, reason,
                        Timestamp.from(at)));
    }
}
