package bank.ledger.connectors.ingestion;

import bank.ledger.command.dispatch.CommandOrigin;

/**
 * A file as a channel delivered it. {@code csvProfile} names a built-in CSV profile or is null (then
 * only camt and MT are accepted); {@code channel} is "api", "webhook" or "folder"; {@code origin} is who
 * delivered it, the origin of every command of its import.
 */
public record StatementDelivery(String name, byte[] content, String csvProfile, String channel, CommandOrigin origin) {
    public String actor() {
        return origin.actor();
    }
}
