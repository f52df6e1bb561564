package bank.ledger.projections;

import tools.jackson.databind.json.JsonMapper;

/** JSON for jsonb columns. One shared, thread-safe mapper; read models store plain maps and lists. */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
