package bank.ledger.query.replica;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The reads of one HTTP request that may go to the replica (a GET or HEAD: {@link ReadScopeFilter}), with the
 * source chosen at its first read. Reads outside a scope (scheduled jobs, write-side work after the read-model
 * barrier, any other thread) go to the primary: the safe side when nobody said staleness is acceptable.
 */
final class ReadScope {
    static final String SOURCE_HEADER = "Ledger-Read-Source";
    static final String LAG_HEADER = "Ledger-Read-Lag-Ms";
    private static final ThreadLocal<ReadScope> CURRENT = new ThreadLocal<>();

    private final HttpServletResponse response;
    private ReadReplica.Choice choice;

    private ReadScope(HttpServletResponse response) {
        this.response = response;
    }

    static void open(HttpServletResponse response) {
        CURRENT.set(new ReadScope(response));
    }

    static void close() {
        CURRENT.remove();
    }

    static ReadScope current() {
        return CURRENT.get();
    }

    ReadReplica.Choice choice() {
        return choice;
    }

    /** Records the source of the request's reads and says so in the answer while its head is not sent yet. */
    void chose(ReadReplica.Choice chosen) {
        this.choice = chosen;
        if (response.isCommitted()) {
            return;
        }
        response.setHeader(SOURCE_HEADER, chosen.replica() ? "replica" : "primary");
        // the primary is the source of truth: staleness 0 (the read models' own lag behind the events aside)
        response.setHeader(LAG_HEADER, Long.toString(chosen.replica() ? chosen.lagBoundMs() : 0));
    }
}
