package bank.ledger.connectors.read;

/**
 * How a ledger posting's open part is read: the posting (alias {@code i}, {@code recon_ledger_item})
 * less what lines have claimed of it (alias {@code t}, {@code recon_claim_total}). One definition for
 * the engine's free postings and the proof, so both agree on what "open" means.
 */
public final class OpenPostings {
    /** Joins each posting (alias i) to what lines have claimed of it (alias t). */
    public static final String CLAIMED = " left join recon_claim_total t on t.entry_id = i.entry_id "
            + "and t.posting_index = i.posting_index ";
    /** What no line has claimed of the posting yet. */
    public static final String OPEN_MINOR = "(i.signed_minor - coalesce(t.claimed_minor, 0))";

    private OpenPostings() {
    }
}
