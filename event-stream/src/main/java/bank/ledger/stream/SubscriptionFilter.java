package bank.ledger.stream;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.TextRules;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which events a subscriber (a webhook, a replay) wants: by type and by account, an empty list
 * meaning all. An event matches when its type is wanted and it names at least one wanted account.
 */
public record SubscriptionFilter(List<String> eventTypes, List<String> accountIds) {
    public static final int ACCOUNTS_MAX = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    public SubscriptionFilter {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
    }

    /** Refuses unknown types and oversized lists with {@code invalidField}, naming the offending entry. */
    public SubscriptionFilter validated() {
        List<String> known = EventCatalogue.publishedTypes();
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!known.contains(eventTypes.get(i))) {
                throw Fields.invalid("eventTypes[" + i + "]", "unknown event type; known: " + known);
            }
        }
        if (accountIds.size() > ACCOUNTS_MAX) {
            throw Fields.invalid("accountIds", "at most " + ACCOUNTS_MAX + " accounts");
        }
        for (int i = 0; i < accountIds.size(); i++) {
            TextRules.requireId(accountIds.get(i), "accountIds[" + i + "]");
        }
        return this;
    }

    public boolean matches(EventEnvelope envelope) {
        boolean typeWanted = eventTypes.isEmpty() || eventTypes.contains(envelope.type());
        boolean accountWanted = accountIds.isEmpty() || envelope.accountIds().stream().anyMatch(accountIds::contains);
        return typeWanted && accountWanted;
    }

    public String eventTypesJson() {
        return JSON.writeValueAsString(eventTypes);
    }

    public String accountIdsJson() {
        return JSON.writeValueAsString(accountIds);
    }

    public static SubscriptionFilter fromJson(String eventTypes, String accountIds) {
        return new SubscriptionFilter(JSON.readValue(eventTypes, STRINGS), JSON.readValue(accountIds, STRINGS));
    }
}
