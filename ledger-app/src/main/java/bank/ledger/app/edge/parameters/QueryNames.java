package bank.ledger.app.edge.parameters;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The parameter names of a raw query string, decoded, in order. Read from the query string itself and
 * never through {@code getParameterNames()}: that would also read (and consume) a form-encoded body.
 */
public final class QueryNames {
    private QueryNames() {
    }

    public static Set<String> of(String query) {
        Set<String> names = new LinkedHashSet<>();
        if (query == null || query.isEmpty()) {
            return names;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String raw = equals < 0 ? pair : pair.substring(0, equals);
            if (!raw.isEmpty()) {
                names.add(decode(raw));
            }
        }
        return names;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return raw; // named as sent: it cannot be a parameter of ours either way
        }
    }
}
