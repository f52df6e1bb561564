package bank.ledger.connectors.matching;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.BankAccountMappings;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.DecimalAmount;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import bank.ledger.domain.statement.api.MatchStatementLines;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's reconciliation decision on one bank statement line, whichever door it came through (the
 * API, the console): match it to postings (the amounts come from the ledger; a difference goes to the
 * named account or the mapping's), or unmatch it. Both carry who decided and why. An override is an
 * unmatch followed by a match.
 */
public class ManualReconciliation {
    public static final int ITEMS_MAX = 100;
    private final MatchRecorder recorder;
    private final ReconciliationStore store;
    private final BankAccountMappings mappings;

    public ManualReconciliation(MatchRecorder recorder, ReconciliationStore store, BankAccountMappings mappings) {
        this.recorder = recorder;
        this.store = store;
        this.mappings = mappings;
    }

    /** A posting, and the part of it the line accounts for (a decimal amount; all that is open when absent). */
    public record ItemRef(String entryId, Integer postingIndex, String amount) {
    }

    /** The recorded match, and the line's currency to show its difference in. */
    public record Matched(EngineMatch match, String currency) {
        /** The difference as a decimal amount, or null when the postings add up to the line. */
        public String difference() {
            return match.differenceMinor() == 0 ? null : MoneyFormat.format(match.differenceMinor(), currency);
        }

        public String differenceEntryId() {
            return match.differenceMinor() == 0 ? null : match.match().differenceEntryId();
        }
    }

    /** {@code differenceAccountId}: where a difference between line and postings goes (default: the mapping's). */
    public Matched match(String key, int lineNo, List<ItemRef> items, String reason, String differenceAccountId,
                         CommandOrigin origin) {
        Fields.requireFreeText(reason, "reason", MatchStatementLines.REASON_LENGTH_MAX);
        TextRules.optionalId(differenceAccountId, "differenceAccountId");
        OpenLine line = requireLine(key, lineNo);
        List<Claims.Claim> claims = claims(items, line);
        long claimed = claims.stream().mapToLong(claim -> claim.part().signedMinor()).sum();
        String differenceAccount = claimed == line.signedMinor() ? null : differenceAccount(differenceAccountId, line);
        EngineMatch match = EngineMatch.manual(new MatchRule.Allocation(line, claims), differenceAccount);
        recorder.recordManualMatch(key, match, origin, reason);
        return new Matched(match, line.currency());
    }

    public void unmatch(String key, int lineNo, String reason, CommandOrigin origin) {
        Fields.requireFreeText(reason, "reason", MatchStatementLines.REASON_LENGTH_MAX);
        recorder.unmatch(key, lineNo, origin, reason);
    }

    private OpenLine requireLine(String key, int lineNo) {
        OpenLine line = store.line(key, lineNo);
        if (line == null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_LINE_NOT_FOUND, "lineNo", "no line " + lineNo + " in " + key
                    + " (lines show a moment after the upload completes)");
        }
        return line;
    }

    /** A line that is not its postings' sum needs an account for the rest: named, or the mapping's. */
    private String differenceAccount(String named, OpenLine line) {
        String account = named != null ? named
                : mappings.findByLedgerAccount(line.ledgerAccountId())
                        .map(BankAccountMappings.Mapping::differenceAccountId).orElse(null);
        if (account == null) {
            throw LedgerRefusal.of(RefusalCode.NO_DIFFERENCE_ACCOUNT, "differenceAccountId", "the postings do not add up "
                    + "to the line and the bank account's mapping has no difference account: name one, or match "
                    + "postings that add up");
        }
        return account;
    }

    /**
     * Each posting must exist, sit on the line's ledger account and have the part asked for still open,
     * with the line's sign; the amounts come from the ledger.
     */
    private List<Claims.Claim> claims(List<ItemRef> refs, OpenLine line) {
        if (refs == null || refs.isEmpty() || refs.size() > ITEMS_MAX) {
            throw Fields.invalid("items", "between 1 and " + ITEMS_MAX + " postings");
        }
        List<Claims.Claim> claims = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String field = "items[" + i + "]";
            ItemRef ref = refs.get(i);
            TextRules.requireId(ref.entryId(), field + ".entryId");
            LedgerItem item = store.itemsOnAccount(ref.entryId(), line.ledgerAccountId()).stream()
                    .filter(it -> ref.postingIndex() == null || it.postingIndex() == ref.postingIndex())
                    .findFirst().orElse(null);
            if (item == null) {
                throw LedgerRefusal.of(RefusalCode.LEDGER_ITEM_NOT_FOUND, field,
                        "entry " + ref.entryId() + " has no posting on ledger account " + line.ledgerAccountId()
                                + " that can be matched (reversed entries, their reversals and reconciliation's own"
                                + " entries cannot)");
            }
            claims.add(ref.amount() == null ? item.whole() : item.part(part(ref.amount(), item, line, field)));
            if (claims.get(i).part().signedMinor() == 0) {
                throw LedgerRefusal.of(RefusalCode.LEDGER_ITEM_ALREADY_MATCHED, field,
                        "nothing of entry " + ref.entryId() + " is open: it is matched to other statement lines");
            }
        }
        return claims;
    }

    /** The part asked for, signed like the posting, at most what is open of it. */
    private static long part(String amount, LedgerItem item, OpenLine line, String field) {
        long minor = DecimalAmount.parse(amount, field + ".amount")
                .toMinor(Currencies.exponent(line.currency()), field + ".amount");
        if (minor <= 0) {
            throw LedgerRefusal.of(RefusalCode.NON_POSITIVE_AMOUNT, field + ".amount", "a part is more than zero");
        }
        if (minor > Math.abs(item.openMinor())) {
            throw LedgerRefusal.of(RefusalCode.EXCEEDS_OPEN_AMOUNT, field + ".amount", "at most "
                    + MoneyFormat.format(Math.abs(item.openMinor()), line.currency()) + " of this posting is open");
        }
        return Long.signum(item.postingMinor()) * minor;
    }
}
