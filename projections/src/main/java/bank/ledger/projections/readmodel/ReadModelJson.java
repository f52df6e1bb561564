package bank.ledger.projections.readmodel;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON the projections store (jsonb columns, Redis members); one shared, thread-safe mapper. */
public final class ReadModelJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReadModelJson() {
    }

    public static Map<String, String> stringMap(String json) {
        return json == null ? Map.of() : MAPPER.readValue(json, new TypeReference<Map<String, String>>() { });
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> List<T> list(String json, Class<T> type) {
        return json == null ? List.of()
                : MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(List.class, type));
    }
}
