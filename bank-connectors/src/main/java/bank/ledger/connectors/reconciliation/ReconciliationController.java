package bank.ledger.connectors.reconciliation;

import bank.ledger.connectors.ingestion.Actors;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.BankStatement;
import bank.ledger.domain.statement.api.LineMatch;
import bank.ledger.domain.statement.api.MatchedItem;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Manual reconciliation: match a line to postings, unmatch it, and (operators) run the suspense
 * posting now. An override is an unmatch followed by a match, both with actor and reason.
 */
@RestController
@Profile("connectors")
@RequestMapping("/api/v1/reconciliation")
public class ReconciliationController {
    private static final int ITEMS_MAX = 100;
    private final MatchRecorder recorder;
    private final ReconciliationStore store;
    private final SuspensePoster suspense;

    public ReconciliationController(MatchRecorder recorder, ReconciliationStore store, SuspensePoster suspense) {
        this.recorder = recorder;
        this.store = store;
        this.suspense = suspense;
    }

    public record ItemRef(String entryId, Integer postingIndex) {
    }

    public record MatchRequest(List<ItemRef> items, String actor, String reason) {
    }

    public record UnmatchRequest(String actor, String reason) {
    }

    public record SuspenseRun(Long olderThanSeconds, String statementKey) {
    }

    @PostMapping("/statements/{key}/lines/{lineNo}/match")
    Map<String, Object> match(@PathVariable String key, @PathVariable int lineNo, @RequestBody MatchRequest request,
                              HttpServletRequest http) {
        String actor = Actors.required(http, request.actor());
        Fields.requireText(request.reason(), "reason", BankStatement.REASON_LENGTH_MAX);
        OpenLine line = requireLine(key, lineNo);
        List<MatchedItem> items = items(request.items(), line.ledgerAccountId());
        recorder.recordManualMatch(key, new LineMatch(lineNo, items, "manual", 100, null), line.suspenseEntryId(), actor,
                request.reason());
        return Map.of("statementKey", key, "lineNo", lineNo, "status", "MATCHED", "items", items);
    }

    @PostMapping("/statements/{key}/lines/{lineNo}/unmatch")
    Map<String, Object> unmatch(@PathVariable String key, @PathVariable int lineNo, @RequestBody UnmatchRequest request,
                                HttpServletRequest http) {
        String actor = Actors.required(http, request.actor());
        Fields.requireText(request.reason(), "reason", BankStatement.REASON_LENGTH_MAX);
        recorder.unmatch(key, lineNo, actor, request.reason());
        return Map.of("statementKey", key, "lineNo", lineNo, "status", "OPEN");
    }

    /** Operators: post lines older than {@code olderThanSeconds} to suspense now, instead of waiting. */
    @PostMapping("/suspense-runs")
    Map<String, Object> suspense(@RequestBody SuspenseRun run) {
        if (run.olderThanSeconds() == null || run.olderThanSeconds() < 0) {
            throw Fields.invalid("olderThanSeconds", "olderThanSeconds is required, zero or more");
        }
        Fields.requireLength(run.statementKey(), "statementKey", 80);
        return Map.of("posted", suspense.run(Duration.ofSeconds(run.olderThanSeconds()), run.statementKey()));
    }

    private OpenLine requireLine(String key, int lineNo) {
        OpenLine line = store.line(key, lineNo);
        if (line == null) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_LINE_NOT_FOUND, "lineNo", "no line " + lineNo + " in " + key
                    + " (lines show a moment after the upload completes)");
        }
        return line;
    }

    /** Each posting must exist and sit on the line's ledger account; its amount comes from the ledger. */
    private List<MatchedItem> items(List<ItemRef> refs, String ledgerAccountId) {
        if (refs == null || refs.isEmpty() || refs.size() > ITEMS_MAX) {
            throw Fields.invalid("items", "between 1 and " + ITEMS_MAX + " postings");
        }
        List<MatchedItem> items = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            ItemRef ref = refs.get(i);
            Fields.requireText(ref.entryId(), "items[" + i + "].entryId", 128);
            LedgerItem item = store.itemsOnAccount(ref.entryId(), ledgerAccountId).stream()
                    .filter(it -> ref.postingIndex() == null || it.postingIndex() == ref.postingIndex())
                    .findFirst().orElse(null);
            if (item == null) {
                throw LedgerRefusal.of(RefusalCode.LEDGER_ITEM_NOT_FOUND, "items[" + i + "]",
                        "entry " + ref.entryId() + " has no posting on ledger account " + ledgerAccountId);
            }
            items.add(item.matched());
        }
        return items;
    }
}
