package bank.ledger.connectors.ingestion;

import bank.ledger.domain.statement.api.StatementHeader;
import bank.ledger.domain.statement.api.StatementWarning;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the pipeline answers per statement of a delivered file. {@code supersededBy} is left out when no
 * end-of-day statement retired it (never the text "null"); {@code proven} is false when the bank's balances
 * do not add up; {@code warnings} are the codes recorded on the statement, each once (the statement's
 * status answer has them with lines and messages).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestedStatement(String statementKey, String bankAccount, String currency, String messageType,
                                int lineCount, boolean duplicate, String supersededBy, boolean proven,
                                List<String> warnings) {

    public IngestedStatement {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static List<String> codes(StatementHeader header) {
        return header.warnings().stream().map(StatementWarning::code).distinct().toList();
    }
}
