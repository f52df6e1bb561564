package bank.ledger.connectors.ingestion;

/**
 * A file as a channel delivered it. {@code csvProfile} names a built-in CSV profile or is null (then
 * only camt and MT are accepted); {@code channel} is "api", "webhook" or "folder".
 */
public record StatementDelivery(String name, byte[] content, String csvProfile, String channel, String actor) {
}
