package bank.ledger.domain.statement.api;

import org.axonframework.serialization.Revision;

/** A statement's header was recorded; its lines follow in {@link StatementLinesRecorded} events. */
@Revision("1")
public record StatementReceived(String statementKey, String contentDigest, StatementHeader header) {
}
