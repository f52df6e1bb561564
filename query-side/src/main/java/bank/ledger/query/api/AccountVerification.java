package bank.ledger.query.api;

import java.util.List;

/**
 * The result of replaying an account's events against its read models. {@code consistent} is true when
 * no read model differs; {@code checked} names the read models compared (Redis only when it holds the
 * account). Amounts in differences are minor units as text.
 */
public record AccountVerification(String accountId, String currency, long eventsReplayed, long lastSequence,
                                  List<String> checked, List<Difference> differences) {
    public boolean consistent() {
        return differences.isEmpty();
    }

    public record Difference(String readModel, String field, String fromEvents, String inReadModel) {
    }
}
