package bank.ledger.stream;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One internal event as integrators see it: its public type, the payload of that type's published
 * schema (amounts as decimal strings), the business date where it has one, and the accounts it
 * names (the routing keys' account words, the webhooks' account filter).
 */
public record PublicEvent(String type, int schemaVersion, Map<String, Object> payload, LocalDate effectiveDate,
                          List<String> accountIds) {
}
