package bank.ledger.connectors.pull;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.TextRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A connection as an administrator creates or replaces it (POST creates, PUT replaces; on PUT the
 * credentials may be left out to keep the stored ones). Validation refuses what a pull could not use, or
 * should not: an API URL that is not https, an SFTP server whose host key is not pinned, a remote path or
 * account id that could step out of its folder or URL segment.
 */
public record ConnectionRequest(String id, String kind, String host, Integer port, String username, String path,
                                String processedPath, String hostKeyFingerprint, String url, String accountId,
                                String format, String caCertificate, String schedule, Boolean enabled, PullCredentials credentials) {
    static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}]");
    static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}");
    static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._~-]{1,128}");
    static final Pattern REMOTE_PATH = Pattern.compile("[^\\p{Cntrl}\\\\]{1,512}");
    private static final int USERNAME_LENGTH_MAX = 128;
    private static final int URL_LENGTH_MAX = 2_048;
    private static final int CA_LENGTH_MAX = 65_536;

    /** Checks the request for a connection of this id; answers the kind. */
    public BankConnection.Kind validate(String connectionId, Duration intervalMin, boolean credentialsRequired) {
        TextRules.requireId(connectionId, "id");
        BankConnection.Kind parsed = parsedKind();
        PullSchedule.parse(schedule, intervalMin);
        if (parsed == BankConnection.Kind.SFTP) {
            validateSftp();
        } else {
            validateApi();
        }
        if (credentials == null ? credentialsRequired : !credentialsFit(parsed)) {
            throw LedgerRefusal.of(BankPullRefusal.CREDENTIALS_INVALID, "credentials", parsed == BankConnection.Kind.SFTP
                    ? "an SFTP connection needs credentials.password or credentials.privateKey"
                    : "an API connection needs credentials.bearerToken, or credentials.clientId with credentials.clientSecret");
        }
        return parsed;
    }

    public BankConnection.Kind parsedKind() {
        if ("sftp".equalsIgnoreCase(kind)) {
            return BankConnection.Kind.SFTP;
        }
        if ("api".equalsIgnoreCase(kind)) {
            return BankConnection.Kind.API;
        }
        throw Fields.invalid("kind", "kind is sftp or api");
    }

    public String formatOrDefault() {
        return format == null ? "camt" : format.toLowerCase(Locale.ROOT);
    }

    public int portOrDefault() {
        return port == null ? 22 : port;
    }

    private void validateSftp() {
        if (host == null || !HOST.matcher(host).matches()) {
            throw Fields.invalid("host", "host is a DNS name or an IP address in brackets");
        }
        if (port != null && (port < 1 || port > 65_535)) {
            throw Fields.invalid("port", "port is 1 to 65535");
        }
        Fields.requireText(username, "username", USERNAME_LENGTH_MAX);
        requirePath(path, "path", true);
        requirePath(processedPath, "processedPath", false);
        if (hostKeyFingerprint == null || !FINGERPRINT.matcher(hostKeyFingerprint).matches()) {
            throw LedgerRefusal.of(BankPullRefusal.HOST_KEY_REQUIRED, "hostKeyFingerprint", "the server's host key "
                    + "fingerprint is required, as ssh-keygen -lf prints it: SHA256: and 43 base64 characters");
        }
        refuseOther("url", url);
        refuseOther("accountId", accountId);
        refuseOther("format", format);
        refuseOther("caCertificate", caCertificate);
    }

    private void validateApi() {
        requireHttps(url);
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw Fields.invalid("accountId", "accountId is the bank's account resource id: 1 to 128 of A-Z a-z 0-9 . _ ~ -");
        }
        if (!formatOrDefault().equals("camt") && !formatOrDefault().equals("json")) {
            throw Fields.invalid("format", "format is camt (camt.053 XML) or json (the transactions report)");
        }
        if (caCertificate != null) {
            if (caCertificate.length() > CA_LENGTH_MAX) {
                throw Fields.invalid("caCertificate", "caCertificate has at most " + CA_LENGTH_MAX + " characters");
            }
            ApiPuller.requireCertificates(caCertificate);
        }
        for (String[] other : new String[][] {{"host", host}, {"username", username}, {"path", path},
                {"processedPath", processedPath}, {"hostKeyFingerprint", hostKeyFingerprint}}) {
            refuseOther(other[0], other[1]);
        }
        if (port != null) {
            throw Fields.invalid("port", "port belongs to an sftp connection (an API's is in its url)");
        }
    }

    private boolean credentialsFit(BankConnection.Kind kind) {
        PullCredentials c = credentials;
        for (String value : new String[] {c.password(), c.privateKey(), c.bearerToken(), c.clientId(), c.clientSecret(), c.consentId()}) {
            if (value != null && (value.length() > PullCredentials.LENGTH_MAX || value.indexOf('\0') >= 0)) {
                return false;
            }
        }
        if (kind == BankConnection.Kind.SFTP) {
            return (c.has(c.password()) ^ c.has(c.privateKey())) && !c.has(c.bearerToken())
                    && !c.has(c.clientId()) && !c.has(c.clientSecret()) && !c.has(c.consentId());
        }
        boolean basic = c.has(c.clientId()) && c.has(c.clientSecret());
        return (c.has(c.bearerToken()) ^ basic) && !c.has(c.password()) && !c.has(c.privateKey())
                && (basic || !c.has(c.clientId()) && !c.has(c.clientSecret()));
    }

    static void requireHttps(String url) {
        if (url == null || url.length() > URL_LENGTH_MAX) {
            throw LedgerRefusal.of(BankPullRefusal.URL_NOT_HTTPS, "url", "url is required: the bank API's https base URL");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw LedgerRefusal.of(BankPullRefusal.URL_NOT_HTTPS, "url", "url is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw LedgerRefusal.of(BankPullRefusal.URL_NOT_HTTPS, "url", "url is an https URL with a host and no "
                    + "user info, query or fragment (TLS is verified; plain http is never used)");
        }
    }

    private static void requirePath(String value, String field, boolean required) {
        if (value == null && !required) {
            return;
        }
        if (value == null || !REMOTE_PATH.matcher(value).matches() || value.contains("\0")
                || java.util.Arrays.asList(value.split("/")).contains("..")) {
            throw Fields.invalid(field, field + " is a remote folder of at most 512 characters, without control "
                    + "characters, backslashes or ..");
        }
    }

    private static void refuseOther(String field, String value) {
        if (value != null) {
            throw Fields.invalid(field, field + " does not belong to this kind of connection");
        }
    }
}
