package bank.ledger.projections;

import bank.ledger.domain.text.StoredText;
import tools.jackson.databind.json.JsonMapper;

/** JSON for jsonb columns. One shared, thread-safe mapper; read models store plain maps and lists. */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** The value as JSON that a jsonb column accepts (see {@link StoredText#json}). */
    public static String write(Object value) {
        return StoredText.json(MAPPER.writeValueAsString(value));
    }
}
