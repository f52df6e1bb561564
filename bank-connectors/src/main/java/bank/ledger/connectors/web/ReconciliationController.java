package bank.ledger.connectors.web;

import bank.ledger.connectors.matching.Claims;
import bank.ledger.connectors.matching.EngineMatch;
import bank.ledger.connectors.matching.LedgerItem;
import bank.ledger.connectors.matching.MatchRecorder;
import bank.ledger.connectors.matching.MatchRule;
import bank.ledger.connectors.matching.OpenLine;
import bank.ledger.connectors.matching.ReconciliationStore;
import bank.ledger.connectors.matching.StaleClaimSweeper;
import bank.ledger.connectors.matching.SuspensePoster;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.Actors;
import bank.ledger.connectors.ingestion.BankAccountMappings;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.DecimalAmount;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.TextRules;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.MatchStatementLines;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Manual reconciliation: match a line to postings, unmatch it, and (operators) run the suspense
 * posting or the stale-claim sweep now. An override is an unmatch followed by a match, both with actor and reason.
 */
@RestController
@Profile("connectors")
@RequestMapping("/api/v1/reconciliation")
public class ReconciliationController {
    private static final int ITEMS_MAX = 100;
    private final MatchRecorder recorder;
    private final ReconciliationStore store;
    private final SuspensePoster suspense;
    private final BankAccountMappings mappings;
    private final StaleClaimSweeper sweeper;

    public ReconciliationController(MatchRecorder recorder, ReconciliationStore store, SuspensePoster suspense,
                                    BankAccountMappings mappings, StaleClaimSweeper sweeper) {
        this.recorder = recorder;
        this.store = store;
        this.suspense = suspense;
        this.mappings = mappings;
        this.sweeper = sweeper;
    }

    /** A posting, and the part of it the line accounts for (a decimal amount; all that is open when absent). */
    public record ItemRef(String entryId, Integer postingIndex, String amount) {
    }

    /** {@code differenceAccountId}: where a difference between line and postings goes (default: the mapping's). */
    public record MatchRequest(List<ItemRef> items, String actor, String reason, String differenceAccountId) {
    }

    public record UnmatchRequest(String actor, String reason) {
    }

    public record SuspenseRun(Long olderThanSeconds, String statementKey) {
    }

    public record ClaimSweep(Long olderThanSeconds) {
    }

    @PostMapping("/statements/{key}/lines/{lineNo}/match")
    ReconciliationAnswers.LineDecision match(@PathVariable String key, @PathVariable int lineNo,
                                             @RequestBody MatchRequest request, HttpServletRequest http) {
        CommandOrigin origin = Actors.required(http, request.actor());
        Fields.requireFreeText(request.reason(), "reason", MatchStatementLines.REASON_LENGTH_MAX);
        TextRules.optionalId(request.differenceAccountId(), "differenceAccountId");
        OpenLine line = requireLine(key, lineNo);
        List<Claims.Claim> claims = claims(request.items(), line);
        long claimed = claims.stream().mapToLong(claim -> claim.part().signedMinor()).sum();
        String differenceAccount = claimed == line.signedMinor() ? null : differenceAccount(request, line);
        MatchRule.Allocation allocation = new MatchRule.Allocation(line, claims);
        EngineMatch match = EngineMatch.manual(allocation, differenceAccount);
        recorder.recordManualMatch(key, match, origin, request.reason());
        boolean difference = match.differenceMinor() != 0;
        return new ReconciliationAnswers.LineDecision(key, lineNo, "MATCHED", match.match().items(),
                difference ? MoneyFormat.format(match.differenceMinor(), line.currency()) : null,
                difference ? match.match().differenceEntryId() : null);
    }

    @PostMapping("/statements/{key}/lines/{lineNo}/unmatch")
    ReconciliationAnswers.LineDecision unmatch(@PathVariable String key, @PathVariable int lineNo,
                                               @RequestBody UnmatchRequest request, HttpServletRequest http) {
        CommandOrigin origin = Actors.required(http, request.actor());
        Fields.requireFreeText(request.reason(), "reason", MatchStatementLines.REASON_LENGTH_MAX);
        recorder.unmatch(key, lineNo, origin, request.reason());
        return ReconciliationAnswers.LineDecision.unmatched(key, lineNo);
    }

    /** Operators: post lines older than {@code olderThanSeconds} to suspense now, instead of waiting. */
    @PostMapping("/suspense-runs")
    ReconciliationAnswers.SuspenseRunResult suspense(@RequestBody SuspenseRun run) {
        if (run.olderThanSeconds() == null || run.olderThanSeconds() < 0) {
            throw Fields.invalid("olderThanSeconds", "olderThanSeconds is required, zero or more");
        }
        Fields.requireLength(run.statementKey(), "statementKey", 80);
        return new ReconciliationAnswers.SuspenseRunResult(suspense.run(Duration.ofSeconds(run.olderThanSeconds()),
                run.statementKey()));
    }

    /** Operators: give back claims older than {@code olderThanSeconds} whose match was never recorded. */
    @PostMapping("/claim-sweeps")
    ReconciliationAnswers.ClaimSweepResult sweep(@RequestBody ClaimSweep sweep) {
        if (sweep.olderThanSeconds() == null || sweep.olderThanSeconds() < 0) {
            throw Fields.invalid("olderThanSeconds", "olderThanSeconds is required, zero or more");
        }
        return new ReconciliationAnswers.ClaimSweepResult(sweeper.sweep(Duration.ofSeconds(sweep.olderThanSeconds())));
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
    private String differenceAccount(MatchRequest request, OpenLine line) {
        String account = request.differenceAccountId() != null ? request.differenceAccountId()
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
