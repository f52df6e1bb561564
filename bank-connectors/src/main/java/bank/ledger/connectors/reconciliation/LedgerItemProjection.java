package bank.ledger.connectors.reconciliation;

import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read model {@code recon_ledger_item}: every posted ledger line, signed from the view of a bank
 * account mirrored by an asset account (a debit is money in). Reconciliation's own copy, built from
 * the domain events, so the engine depends on no other module's table. Idempotent by (entry, index).
 * Entries the reconciliation posts itself carry metadata {@code reconciliation} and are never candidates.
 */
@Component
@Profile("projections")
@ProcessingGroup(LedgerItemProjection.PROCESSING_GROUP)
public class LedgerItemProjection {
    public static final String PROCESSING_GROUP = "reconciliation-ledger-items";
    public static final String ORIGIN_KEY = "reconciliation";
    private final JdbcTemplate jdbc;

    public LedgerItemProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(JournalEntryPosted event) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < event.postings().size(); i++) {
            Posting posting = event.postings().get(i);
            long signed = posting.side() == Side.DEBIT ? posting.amountMinor() : -posting.amountMinor();
            rows.add(new Object[] {event.entryId(), i, posting.accountId(), signed, posting.currency(),
                    event.effectiveDate(), cut(event.description(), 500), cut(event.metadata().get("endToEndId"), 128),
                    cut(event.metadata().get("reference"), 128), event.metadata().getOrDefault(ORIGIN_KEY, "ledger")});
        }
        jdbc.batchUpdate("""
                insert into recon_ledger_item (entry_id, posting_index, account_id, signed_minor, currency, effective_date,
                    description, end_to_end_id, reference, origin)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (entry_id, posting_index) do nothing""", rows);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from recon_ledger_item");
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
