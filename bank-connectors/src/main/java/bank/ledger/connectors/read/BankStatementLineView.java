package bank.ledger.connectors.read;

import bank.ledger.domain.statement.api.MatchedItem;
import bank.ledger.domain.statement.api.StatementWarning;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;

/**
 * One bank statement line and its reconciliation (a statement's lines, an account's open items): the
 * amount as a decimal string, the match (rule, score, ledger items), the entries posted for it, and the
 * {@code cursor} that pages the open items after it. Unknown values are null; the exact amount of a
 * foreign-currency line and the review reason only appear when there is one.
 */
public record BankStatementLineView(String statementKey, int lineNo, String amount, String currency,
                                    String bookingDate, String valueDate,
                                    @JsonInclude(Include.NON_NULL) String exactAmount,
                                    @JsonInclude(Include.NON_NULL) String exactCurrency,
                                    String reference, String endToEndId, String counterparty, String description,
                                    String status, String rule, Integer score, List<MatchedItem> items,
                                    String suspenseEntryId, String differenceEntryId, String decidedBy,
                                    @JsonInclude(Include.NON_NULL) String reviewReason,
                                    List<StatementWarning> warnings, Long ageDays, String cursor) {
}
