package bank.ledger.connectors.web;

import bank.ledger.domain.statement.api.MatchedItem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;

/** What the reconciliation commands answer. */
public final class ReconciliationAnswers {
    private ReconciliationAnswers() {
    }

    /**
     * A person's decision on a bank statement line: its status after it, the ledger items of a match, and
     * the difference posted (with its entry) when the items do not add up to the line. Absent values are
     * left out (an unmatch has no items).
     */
    @JsonInclude(Include.NON_NULL)
    public record LineDecision(String statementKey, int lineNo, String status, List<MatchedItem> items,
                               String difference, String differenceEntryId) {
        static LineDecision unmatched(String statementKey, int lineNo) {
            return new LineDecision(statementKey, lineNo, "OPEN", null, null, null);
        }
    }

    /** How many lines a suspense run posted to suspense. */
    public record SuspenseRunResult(int posted) {
    }

    /** How many lines a claim sweep gave their claims back. */
    public record ClaimSweepResult(int released) {
    }
}
