package bank.ledger.connectors.read;

import bank.ledger.domain.statement.api.MatchedItem;
import bank.ledger.domain.text.StoredText;
import bank.ledger.domain.statement.api.StatementWarning;
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

    /** Warnings as a jsonb array, or null when there are none (older events, ordinary lines). */
    static String warnings(List<StatementWarning> warnings) {
        return warnings == null || warnings.isEmpty() ? null : write(warnings);
    }

    static List<StatementWarning> warnings(String json) {
        return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<StatementWarning>>() { });
    }

    static List<MatchedItem> items(String json) {
        return json == null ? List.of() : MAPPER.readValue(json, new TypeReference<List<MatchedItem>>() { });
    }
}
