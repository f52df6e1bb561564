package bank.ledger.connectors.pull;

/**
 * A pull that could not run to its end: the bank unreachable, the host key not the pinned one, the
 * credentials refused, a response too large. Its message is what the connection shows as its last
 * error, so it never carries a credential (nor the bank's answer beyond its status).
 */
public class PullFailure extends RuntimeException {
    public PullFailure(String message) {
        super(message);
    }

    public PullFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
