package bank.ledger.connectors.reconciliation;

import bank.ledger.domain.statement.api.MatchedItem;
import bank.ledger.domain.text.StoredText;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON for the jsonb columns of the reconciliation read models. */
final class ReconJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReconJson() {
    }

    static String write(Object value) {
        return value == null ? null : StoredText.json(MAPPER.writeValueAsString(value));
    }

    static List<MatchedItem> items(String json) {
        return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<MatchedItem>>() { });
    }
}
