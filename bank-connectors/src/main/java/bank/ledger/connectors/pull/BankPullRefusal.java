package bank.ledger.connectors.pull;

import bank.ledger.domain.refusal.RefusalCode.Kind;
import bank.ledger.domain.refusal.RefusalReason;

/** The bank-connection API's own refusals (docs/api.md; docs/connectors.md "Bank pulls"). */
public final class BankPullRefusal {
    /** No connection with that id. */
    public static final RefusalReason CONNECTION_NOT_FOUND = RefusalReason.of("bankConnectionNotFound", Kind.NOT_FOUND);
    /** A connection with that id exists already (update it with PUT). */
    public static final RefusalReason CONNECTION_EXISTS = RefusalReason.of("bankConnectionExists", Kind.CONFLICT);
    /** The schedule is neither {@code every <duration>} nor {@code daily HH:MM,...}, or too frequent. */
    public static final RefusalReason SCHEDULE_INVALID = RefusalReason.of("scheduleInvalid", Kind.INVALID);
    /** An API connection's URL is not https, or has user info, a query or a fragment. */
    public static final RefusalReason URL_NOT_HTTPS = RefusalReason.of("urlNotHttps", Kind.INVALID);
    /** An SFTP connection without the server's host key fingerprint ({@code SHA256:...}): unknown keys are refused. */
    public static final RefusalReason HOST_KEY_REQUIRED = RefusalReason.of("hostKeyRequired", Kind.INVALID);
    /** The credentials do not fit the kind (SFTP: password or private key; API: bearer token or client id and secret). */
    public static final RefusalReason CREDENTIALS_INVALID = RefusalReason.of("credentialsInvalid", Kind.INVALID);
    /** No key in {@code ledger.bank-pulls.credential-keys}: credentials cannot be sealed, so none are taken. */
    public static final RefusalReason CREDENTIAL_KEYS_MISSING = RefusalReason.of("credentialKeysMissing", Kind.BUSINESS);

    private BankPullRefusal() {
    }
}
