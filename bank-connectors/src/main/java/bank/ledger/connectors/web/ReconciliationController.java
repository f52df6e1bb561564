package bank.ledger.connectors.web;

import bank.ledger.connectors.matching.ManualReconciliation;
import bank.ledger.connectors.matching.ManualReconciliation.ItemRef;
import bank.ledger.connectors.matching.StaleClaimSweeper;
import bank.ledger.connectors.matching.SuspensePoster;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.Actors;
import bank.ledger.domain.refusal.Fields;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
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
    private final ManualReconciliation decisions;
    private final SuspensePoster suspense;
    private final StaleClaimSweeper sweeper;

    public ReconciliationController(ManualReconciliation decisions, SuspensePoster suspense,
                                    StaleClaimSweeper sweeper) {
        this.decisions = decisions;
        this.suspense = suspense;
        this.sweeper = sweeper;
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
        ManualReconciliation.Matched matched = decisions.match(key, lineNo, request.items(), request.reason(),
                request.differenceAccountId(), origin);
        return new ReconciliationAnswers.LineDecision(key, lineNo, "MATCHED", matched.match().match().items(),
                matched.difference(), matched.differenceEntryId());
    }

    @PostMapping("/statements/{key}/lines/{lineNo}/unmatch")
    ReconciliationAnswers.LineDecision unmatch(@PathVariable String key, @PathVariable int lineNo,
                                               @RequestBody UnmatchRequest request, HttpServletRequest http) {
        CommandOrigin origin = Actors.required(http, request.actor());
        decisions.unmatch(key, lineNo, request.reason(), origin);
        return ReconciliationAnswers.LineDecision.unmatched(key, lineNo);
    }

    /** Operators: post lines older than {@code olderThanSeconds} to suspense now, instead of waiting. */
    @PostMapping("/suspense-runs")
    public ReconciliationAnswers.SuspenseRunResult suspense(@RequestBody SuspenseRun run) {
        if (run.olderThanSeconds() == null || run.olderThanSeconds() < 0) {
            throw Fields.invalid("olderThanSeconds", "olderThanSeconds is required, zero or more");
        }
        Fields.requireLength(run.statementKey(), "statementKey", 80);
        return new ReconciliationAnswers.SuspenseRunResult(suspense.run(Duration.ofSeconds(run.olderThanSeconds()),
                run.statementKey()));
    }

    /** Operators: give back claims older than {@code olderThanSeconds} whose match was never recorded. */
    @PostMapping("/claim-sweeps")
    public ReconciliationAnswers.ClaimSweepResult sweep(@RequestBody ClaimSweep sweep) {
        if (sweep.olderThanSeconds() == null || sweep.olderThanSeconds() < 0) {
            throw Fields.invalid("olderThanSeconds", "olderThanSeconds is required, zero or more");
        }
        return new ReconciliationAnswers.ClaimSweepResult(sweeper.sweep(Duration.ofSeconds(sweep.olderThanSeconds())));
    }
}
