package bank.ledger.domain.statement.api;

import org.axonframework.serialization.Revision;

/** The intraday report's lines no longer count: the end-of-day statement {@code supersededBy} replaces them. */
@Revision("1")
public record StatementSuperseded(String statementKey, String supersededBy) {
}
