package bank.ledger.connectors.ingestion;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file as a channel delivered it. {@code csvProfile} names a built-in CSV profile or is null (then
 * only camt and MT are accepted); {@code channel} is "api", "webhook" or "folder"; {@code origin} is who
 * delivered it, the origin of every command of its import.
 */
public record StatementDelivery(String name, byte[] content, String csvProfile, String channel, CommandOrigin origin) {

    public String actor() {
        return origin.actor();
    }

    /** Reads one byte past the limit at most, so an oversized body is refused without being held. */
    public static byte[] readBounded(InputStream in, long limit) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (content.length > limit) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_UNREADABLE, "file", "a statement file has at most " + limit + " bytes");
        }
        return content;
    }
}
