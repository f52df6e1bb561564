package bank.ledger.app.security.access;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one table of who may call what. The security filter chain decides every request with
 * {@link #ruleFor}, and the role x endpoint matrix test reads the same table, so the two cannot
 * drift. An endpoint missing from the table is open to administrators only (fail closed), and the
 * matrix test names it, so whoever adds an endpoint adds its row here.
 */
public final class EndpointAccess {
    /** Who passes a rule: anyone, any authenticated actor, or an actor holding a permission. */
    public enum Kind {
        PUBLIC, AUTHENTICATED, PERMISSION,
        /** No token: the endpoint checks a signature over the request itself (bank webhooks). */
        SIGNED
    }

    public record Rule(HttpMethod method, String pattern, Kind kind, Permission permission) {
        private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

        boolean matches(String requestMethod, String path) {
            PathPattern parsed = PARSER.parse(pattern);
            return (method == null || method.matches(requestMethod)) && parsed.matches(PathContainer.parsePath(path));
        }
    }

    static final List<Rule> RULES = List.of(
            open(POST, "/api/v1/auth/token"),
            open(POST, "/api/v1/auth/refresh"),
            authenticated(POST, "/api/v1/auth/logout"),
            open(GET, "/.well-known/jwks.json"),
            open(GET, "/v3/api-docs"),
            open(GET, "/v3/api-docs.yaml"),
            open(GET, "/v3/api-docs/**"),
            open(GET, "/swagger-ui.html"),
            open(GET, "/swagger-ui/**"),
            open(GET, "/actuator/health/**"),
            allow(GET, "/actuator/prometheus", Permission.READ_METRICS),
            allow(GET, "/actuator/metrics", Permission.READ_METRICS),
            allow(GET, "/actuator/metrics/{name}", Permission.READ_METRICS),
            // the error page: the container forwards any method's error here, and it tells only that error
            open(null, "/error"),

            allow(POST, "/api/v1/accounts", Permission.OPEN_ACCOUNTS),
            allow(POST, "/api/v1/accounts/{id}/freeze", Permission.OPEN_ACCOUNTS),
            allow(POST, "/api/v1/accounts/{id}/unfreeze", Permission.OPEN_ACCOUNTS),
            allow(POST, "/api/v1/accounts/{id}/close", Permission.OPEN_ACCOUNTS),
            allow(GET, "/api/v1/accounts", Permission.READ_REPORTS),
            allow(GET, "/api/v1/accounts/{id}", Permission.READ_REPORTS),

            allow(POST, "/api/v1/journal-entries", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/journal-entries/batch", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/journal-entries/{id}/post", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/journal-entries/{id}/void", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/journal-entries/{id}/reverse", Permission.REVERSE),
            allow(GET, "/api/v1/journal-entries/{id}", Permission.READ_REPORTS),

            // reports, statements and time travel (docs/read-models.md)
            allow(GET, "/api/v1/accounts/{id}/statement", Permission.READ_REPORTS),
            allow(GET, "/api/v1/accounts/{id}/statement.csv", Permission.READ_REPORTS),
            allow(GET, "/api/v1/accounts/{id}/balance-at", Permission.READ_REPORTS),
            allow(GET, "/api/v1/accounts/{id}/daily-balances", Permission.READ_REPORTS),
            allow(GET, "/api/v1/accounts/{id}/balance-stream", Permission.READ_REPORTS),
            allow(GET, "/api/v1/accounts/{id}/recent-lines", Permission.READ_REPORTS),
            allow(GET, "/api/v1/journal-entries", Permission.READ_REPORTS),
            allow(GET, "/api/v1/ledger/lines", Permission.READ_REPORTS),
            allow(GET, "/api/v1/reports/trial-balance", Permission.READ_REPORTS),
            allow(GET, "/api/v1/reports/chart-of-accounts", Permission.READ_REPORTS),
            // many currencies (issue 18): rate imports and revaluations are accountants' work, rates are reports
            allow(POST, "/api/v1/fx-rates", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/fx-rates/imports", Permission.POST_ENTRIES),
            allow(GET, "/api/v1/fx-rates", Permission.READ_REPORTS),
            allow(POST, "/api/v1/fx-revaluations", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/fx-revaluations/{period}/reverse", Permission.POST_ENTRIES),
            allow(GET, "/api/v1/audit/accounts/{id}/events", Permission.READ_REPORTS),
            allow(GET, "/api/v1/audit/journal-entries/{id}/events", Permission.READ_REPORTS),
            allow(GET, "/api/v1/audit/accounts/{id}/verification", Permission.READ_REPORTS),
            allow(GET, "/api/v1/audit/chain", Permission.READ_REPORTS),
            allow(GET, "/api/v1/audit/chain/verification", Permission.READ_REPORTS),
            allow(GET, "/api/v1/admin/projections", Permission.REPLAY),
            allow(GET, "/api/v1/admin/projections/{name}", Permission.REPLAY),
            allow(POST, "/api/v1/admin/projections/{name}/rebuild", Permission.REPLAY),
            allow(GET, "/api/v1/admin/projections/{name}/dead-letters", Permission.REPLAY),
            allow(POST, "/api/v1/admin/projections/{name}/dead-letters/{id}/retry", Permission.REPLAY),
            allow(POST, "/api/v1/admin/projections/{name}/dead-letters/{id}/skip", Permission.REPLAY),
            // single-node jobs: their leases and last runs (docs/operations.md "Scheduled jobs")
            allow(GET, "/api/v1/admin/jobs", Permission.REPLAY),
            // this node's read replica: its lag and where reads go (docs/operations.md "Read replica")
            allow(GET, "/api/v1/admin/read-replica", Permission.REPLAY),

            // bank statements and reconciliation (docs/connectors.md)
            allow(POST, "/api/v1/statements", Permission.DELIVER_STATEMENTS),
            signed(POST, "/api/v1/statements/webhook"),
            allow(POST, "/api/v1/bank-account-mappings", Permission.OPEN_ACCOUNTS),
            // bank pulls (docs/connectors.md "Bank pulls"): who maps bank accounts configures where statements come from
            allow(POST, "/api/v1/bank-connections", Permission.OPEN_ACCOUNTS),
            allow(GET, "/api/v1/bank-connections", Permission.OPEN_ACCOUNTS),
            allow(GET, "/api/v1/bank-connections/{id}", Permission.OPEN_ACCOUNTS),
            allow(PUT, "/api/v1/bank-connections/{id}", Permission.OPEN_ACCOUNTS),
            allow(POST, "/api/v1/bank-connections/{id}/disable", Permission.OPEN_ACCOUNTS),
            allow(POST, "/api/v1/bank-connections/{id}/enable", Permission.OPEN_ACCOUNTS),
            allow(POST, "/api/v1/bank-connections/{id}/pull", Permission.OPEN_ACCOUNTS),
            allow(GET, "/api/v1/reconciliation/statements/{key}", Permission.READ_REPORTS),
            allow(GET, "/api/v1/reconciliation/statements/{key}/lines", Permission.READ_REPORTS),
            allow(GET, "/api/v1/reconciliation/statements/{key}/proof", Permission.READ_REPORTS),
            allow(GET, "/api/v1/reconciliation/accounts/{ledgerAccountId}", Permission.READ_REPORTS),
            allow(GET, "/api/v1/reconciliation/open-items", Permission.READ_REPORTS),
            allow(POST, "/api/v1/reconciliation/statements/{key}/lines/{lineNo}/match", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/reconciliation/statements/{key}/lines/{lineNo}/unmatch", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/reconciliation/suspense-runs", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/reconciliation/claim-sweeps", Permission.POST_ENTRIES),
            // payments out (docs/payments.md)
            allow(POST, "/api/v1/payments", Permission.POST_ENTRIES),
            allow(GET, "/api/v1/payments", Permission.READ_REPORTS),
            allow(GET, "/api/v1/payments/{id}", Permission.READ_REPORTS),
            allow(POST, "/api/v1/payments/{id}/settle", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/payment-batches", Permission.POST_ENTRIES),
            allow(GET, "/api/v1/payment-batches/{id}", Permission.READ_REPORTS),
            allow(GET, "/api/v1/payment-batches/{id}/file", Permission.READ_REPORTS),
            allow(POST, "/api/v1/payment-status-reports", Permission.DELIVER_STATEMENTS),

            // the event stream for integrators (docs/event-stream.md)
            allow(GET, "/api/v1/stream", Permission.SUBSCRIBE_STREAM),
            // webhooks and replays are their maker's: the controllers answer 404 for another's (admins see all)
            allow(POST, "/api/v1/stream/replays", Permission.SUBSCRIBE_STREAM),
            allow(GET, "/api/v1/stream/replays", Permission.SUBSCRIBE_STREAM),
            allow(GET, "/api/v1/stream/replays/{id}", Permission.SUBSCRIBE_STREAM),
            allow(POST, "/api/v1/stream/replays/{id}/cancel", Permission.SUBSCRIBE_STREAM),
            allow(POST, "/api/v1/webhooks", Permission.SUBSCRIBE_STREAM),
            allow(GET, "/api/v1/webhooks", Permission.SUBSCRIBE_STREAM),
            allow(GET, "/api/v1/webhooks/{id}", Permission.SUBSCRIBE_STREAM),
            allow(DELETE, "/api/v1/webhooks/{id}", Permission.SUBSCRIBE_STREAM),
            allow(GET, "/api/v1/webhooks/{id}/dead-letters", Permission.SUBSCRIBE_STREAM),
            allow(POST, "/api/v1/webhooks/{id}/dead-letters/redeliver", Permission.SUBSCRIBE_STREAM),
            allow(POST, "/api/v1/webhooks/{id}/dead-letters/{deliveryId}/redeliver", Permission.SUBSCRIBE_STREAM),

            // recurring and scheduled operations (docs/schedules.md): a schedule posts entries, so POST_ENTRIES
            allow(POST, "/api/v1/schedules", Permission.POST_ENTRIES),
            allow(GET, "/api/v1/schedules", Permission.READ_REPORTS),
            allow(GET, "/api/v1/schedules/{id}", Permission.READ_REPORTS),
            allow(POST, "/api/v1/schedules/{id}/pause", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/schedules/{id}/resume", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/schedules/{id}/cancel", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/schedules/{id}/runs", Permission.POST_ENTRIES),
            allow(POST, "/api/v1/users", Permission.MANAGE_USERS),
            allow(GET, "/api/v1/users", Permission.MANAGE_USERS),
            allow(POST, "/api/v1/users/{username}/disable", Permission.MANAGE_USERS),
            allow(POST, "/api/v1/users/{username}/role", Permission.MANAGE_USERS),
            allow(GET, "/api/v1/users/{username}/sessions", Permission.MANAGE_USERS),
            allow(DELETE, "/api/v1/sessions/{sessionId}", Permission.MANAGE_USERS),
            allow(POST, "/api/v1/users/{username}/api-keys", Permission.MANAGE_USERS),
            allow(DELETE, "/api/v1/api-keys/{keyId}", Permission.MANAGE_USERS),

            // Maker-checker: the approval endpoint itself checks that the checker may make the held request.
            allow(GET, "/api/v1/approvals", Permission.READ_REPORTS),
            allow(GET, "/api/v1/approvals/{id}", Permission.READ_REPORTS),
            allow(POST, "/api/v1/approvals/{id}/approve", Permission.APPROVE_REQUESTS),
            allow(POST, "/api/v1/approvals/{id}/reject", Permission.APPROVE_REQUESTS),
            allow(GET, "/api/v1/periods", Permission.READ_REPORTS),
            allow(POST, "/api/v1/periods/{id}/close", Permission.CLOSE_PERIODS),
            allow(POST, "/api/v1/periods/{id}/reopen", Permission.CLOSE_PERIODS),
            allow(POST, "/api/v1/periods/{year}/year-end-closing", Permission.CLOSE_PERIODS),
            allow(POST, "/api/v1/periods/{year}/year-end-closing/reverse", Permission.CLOSE_PERIODS));

    private EndpointAccess() {
    }

    public static List<Rule> rules() {
        return RULES;
    }

    /** The first rule that covers the request, if any; the caller treats "none" as administrators only. */
    public static Optional<Rule> ruleFor(String method, String path) {
        return RULES.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }

    /** Whether an actor with this role (null: not authenticated) may make the request. */
    public static boolean allows(Role role, String method, String path) {
        Optional<Rule> rule = ruleFor(method, path);
        if (rule.isEmpty()) {
            return role == Role.ADMIN;
        }
        return switch (rule.get().kind()) {
            case PUBLIC, SIGNED -> true;
            case AUTHENTICATED -> role != null;
            case PERMISSION -> role != null && role.grants(rule.get().permission());
        };
    }

    private static Rule open(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Kind.PUBLIC, null);
    }

    private static Rule signed(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Kind.SIGNED, null);
    }

    private static Rule authenticated(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Kind.AUTHENTICATED, null);
    }

    private static Rule allow(HttpMethod method, String pattern, Permission permission) {
        return new Rule(method, pattern, Kind.PERMISSION, permission);
    }
}
