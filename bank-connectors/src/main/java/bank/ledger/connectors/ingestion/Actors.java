package bank.ledger.connectors.ingestion;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.refusal.Fields;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who acts, as the command's origin: the caller's name, role, channel and correlation id from the
 * request, as the ledger API's own commands carry them. An authenticated principal always wins; until
 * the API edge authenticates every call, a manual decision names its actor in the body.
 */
public final class Actors {
    public static final int ACTOR_LENGTH_MAX = 200;

    private Actors() {
    }

    /** The caller of a request (an anonymous upload is "anonymous"). */
    public static CommandOrigin of(HttpServletRequest request) {
        return CommandOrigin.from(request);
    }

    /** A person's decision: the logged-in caller, or the actor the body names when no one is logged in. */
    public static CommandOrigin required(HttpServletRequest request, String fromBody) {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            return CommandOrigin.from(request);
        }
        Fields.requireText(fromBody, "actor", ACTOR_LENGTH_MAX);
        if (fromBody.equals("system") || fromBody.equals("engine")) {
            throw Fields.invalid("actor", "'system' and 'engine' name the ledger itself, not a person");
        }
        return CommandOrigin.from(request).withActor(fromBody);
    }
}
