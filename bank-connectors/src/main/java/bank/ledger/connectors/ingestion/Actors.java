package bank.ledger.connectors.ingestion;

import bank.ledger.domain.refusal.Fields;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who acts. An authenticated principal always wins; until the API edge authenticates every call, a
 * manual decision names its actor in the body, and an anonymous upload is "anonymous".
 */
public final class Actors {
    public static final int ACTOR_LENGTH_MAX = 200;

    private Actors() {
    }

    public static String of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public static String required(HttpServletRequest request, String fromBody) {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            return principal.getName();
        }
        Fields.requireText(fromBody, "actor", ACTOR_LENGTH_MAX);
        if (fromBody.equals("system") || fromBody.equals("engine")) {
            throw Fields.invalid("actor", "'system' and 'engine' name the ledger itself, not a person");
        }
        return fromBody;
    }
}
