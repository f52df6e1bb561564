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
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

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
