package bank.ledger.app.security.access;

/** What an actor may do. Endpoints ask for one permission each ({@link EndpointAccess}); roles grant sets. */
public enum Permission {
    /** Open, freeze, unfreeze and close accounts. */
    OPEN_ACCOUNTS,
    /** Post journal entries and holds, post or void holds. */
    POST_ENTRIES,
    /** Reverse a posted entry. */
    REVERSE,
    /** Read balances, entries, statements, reports, history. */
    READ_REPORTS,
    /** Rebuild read models from the events (operations). */
    REPLAY,
    /** Create users and service accounts, issue API keys, list and revoke sessions. */
    MANAGE_USERS,
    /** Deliver bank statements (upload, webhook). */
    DELIVER_STATEMENTS,
    /** Subscribe to the event stream and webhooks. */
    SUBSCRIBE_STREAM,
    /** Approve or reject a request held by maker-checker (also needs the held request's own permission). */
    APPROVE_REQUESTS,
    /** Scrape {@code /actuator/prometheus} and read {@code /actuator/metrics} (monitoring). */
    READ_METRICS,
    /** Close accounting periods and ask for a closed one to be reopened (issue 18). */
    CLOSE_PERIODS;

    /** The Spring Security authority that stands for this permission. */
    public String authority() {
        return "PERM_" + name();
    }
}
