package bank.ledger.command.dispatch;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who sends a command, through which channel, under which correlation id. It becomes the command's
 * metadata and, through Axon's correlation data providers, every resulting event's metadata.
 * No secrets: never a token or a password, only names.
 */
public record CommandOrigin(String actor, String actorRole, String channel, String correlationId) {
    /** Set by the web edge's filter; a header of the same name is honoured when it is well formed. */
    public static final String CORRELATION_ID = "correlationId";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** The channel of what the ledger decides itself (the reconciliation engine, its background jobs). */
    public static final String ENGINE_CHANNEL = "engine";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** A decision of the ledger itself, or a delivery no person makes (webhook, folder): a fresh correlation id. */
    public static CommandOrigin system(String actor, String channel) {
        return new CommandOrigin(actor, null, channel, UUID.randomUUID().toString());
    }

    /** One decision of the reconciliation engine or one of its jobs, under a correlation id of its own. */
    public static CommandOrigin engine(String actor) {
        return system(actor, ENGINE_CHANNEL);
    }

    public static CommandOrigin from(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        String actor = principal == null ? "anonymous" : principal.getName();
        Object role = request.getAttribute("actorRole");
        Object channel = request.getAttribute("actorChannel"); // set by the web edge: "api" or "api-key"
        return new CommandOrigin(actor, role == null ? null : role.toString(),
                channel == null ? "api" : channel.toString(), correlationId(request));
    }

    public static String correlationId(HttpServletRequest request) {
        Object fromFilter = request.getAttribute(CORRELATION_ID);
        if (fromFilter != null) {
            return fromFilter.toString();
        }
        String header = request.getHeader(CORRELATION_HEADER);
        return header != null && SAFE_ID.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }

    /** The same request with the actor named otherwise (a person named in the body while no one is logged in). */
    public CommandOrigin withActor(String otherActor) {
        return new CommandOrigin(otherActor, actorRole, channel, correlationId);
    }

    /**
     * The same decision through another channel, under the same correlation id: the engine's compensation
     * of a step of a person's decision (docs/security.md: the engine's channel passes four-eyes).
     */
    public CommandOrigin withChannel(String otherChannel) {
        return new CommandOrigin(actor, actorRole, otherChannel, correlationId);
    }

    public Map<String, Object> metadata() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("actor", actor);
        metadata.put("channel", channel);
        metadata.put("correlationId", correlationId);
        if (actorRole != null) {
            metadata.put("actorRole", actorRole);
        }
        return metadata;
    }
}
