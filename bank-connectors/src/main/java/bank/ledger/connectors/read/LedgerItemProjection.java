package bank.ledger.connectors.read;


import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.JournalEntryReversed;
import bank.ledger.domain.entry.api.PendingJournalEntryPosted;
import bank.ledger.domain.entry.api.PendingJournalEntryRecorded;
import bank.ledger.domain.entry.api.PendingJournalEntryVoided;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.text.StoredText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A hold becomes candidates when it is posted (what was posted, not what was held); a reversed entry
 * and its reversal stop being candidates (origins {@code reversed} and {@code reversing}).
 */
@Component
@Profile("projections")
@ProcessingGroup(LedgerItemProjection.PROCESSING_GROUP)
public class LedgerItemProjection {
    public static final String PROCESSING_GROUP = "reconciliation-ledger-items";
    public static final String ORIGIN_KEY = "reconciliation";
    static final String LEDGER = "ledger";
    static final String REVERSED = "reversed";
    static final String REVERSING = "reversing";
    private final JdbcTemplate jdbc;

    public LedgerItemProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a posting row says besides its amount: the entry's text, references and origin. */
    record ItemText(String description, String endToEndId, String reference, String origin) {
        static ItemText of(String description, Map<String, String> metadata) {
            return new ItemText(cut(description, 500), cut(metadata.get("endToEndId"), 128),
                    cut(metadata.get("reference"), 128), metadata.getOrDefault(ORIGIN_KEY, LEDGER));
        }

        ItemText withOrigin(String other) {
            return new ItemText(description, endToEndId, reference, other);
        }
    }

    @EventHandler
    void on(JournalEntryPosted event) {
        ItemText text = ItemText.of(event.description(), event.metadata());
        // a reversal the reconciliation posted keeps its own origin; any other one is no candidate
        if (event.reversalOf() != null && LEDGER.equals(text.origin())) {
            text = text.withOrigin(REVERSING);
        }
        insert(event.entryId(), event.effectiveDate(), event.postings(), text, false);
    }

    /**
     * Always after the original's own posting event (same aggregate, processed in sequence); its order
     * against the reversing entry's event does not matter (other rows). Claims on the original stay.
     */
    @EventHandler
    void on(JournalEntryReversed event) {
        jdbc.update("update recon_ledger_item set origin = ? where entry_id = ? and origin = ?",
                REVERSED, event.entryId(), LEDGER);
    }

    @EventHandler
    void on(PendingJournalEntryRecorded event) {
        ItemText text = ItemText.of(event.description(), event.metadata());
        jdbc.update("""
                insert into recon_pending_entry (entry_id, description, end_to_end_id, reference, origin)
                values (?, ?, ?, ?, ?) on conflict (entry_id) do nothing""",
                StoredText.args(event.entryId(), text.description(), text.endToEndId(), text.reference(),
                        text.origin()));
    }

    /** One row per posted posting, indexed in {@code postedPostings} (not aligned with the held postings). */
    @EventHandler
    void on(PendingJournalEntryPosted event) {
        List<ItemText> held = jdbc.query(
                "select description, end_to_end_id, reference, origin from recon_pending_entry where entry_id = ?",
                (rs, i) -> new ItemText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                event.entryId());
        // none: a redelivered event (its rows exist, nothing is inserted), or a hold recorded before this
        // projection kept holds (a candidate without its text until a replay of the group fills it in)
        ItemText text = held.isEmpty() ? new ItemText(null, null, null, LEDGER) : held.get(0);
        insert(event.entryId(), event.effectiveDate(), event.postedPostings(), text, !held.isEmpty());
        forget(event.entryId());
    }

    @EventHandler
    void on(PendingJournalEntryVoided event) {
        forget(event.entryId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from recon_ledger_item");
        jdbc.update("delete from recon_pending_entry");
    }

    /** {@code refreshText}: rows already there take the text (never the origin, which a reversal may have set). */
    private void insert(String entryId, LocalDate effectiveDate, List<Posting> postings, ItemText text,
                        boolean refreshText) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            Posting posting = postings.get(i);
            long signed = posting.side() == Side.DEBIT ? posting.amountMinor() : -posting.amountMinor();
            rows.add(StoredText.args(entryId, i, posting.accountId(), signed, posting.currency(), effectiveDate,
                    text.description(), text.endToEndId(), text.reference(), text.origin()));
        }
        jdbc.batchUpdate("""
                insert into recon_ledger_item (entry_id, posting_index, account_id, signed_minor, currency, effective_date,
                    description, end_to_end_id, reference, origin)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (entry_id, posting_index) do""" + (refreshText
                ? " update set description = excluded.description, end_to_end_id = excluded.end_to_end_id,"
                        + " reference = excluded.reference" : " nothing"), rows);
    }

    private void forget(String holdId) {
        jdbc.update("delete from recon_pending_entry where entry_id = ?", holdId);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
