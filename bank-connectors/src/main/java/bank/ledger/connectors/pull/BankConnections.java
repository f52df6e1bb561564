package bank.ledger.connectors.pull;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.projections.support.crypto.SealingKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The connection registry ({@code bank_connection}) and the SFTP files each connection has fetched
 * ({@code bank_pull_file}). Credentials go in sealed and come out only through {@link #credentials}, for
 * the pull itself; nothing that answers the API reads them.
 */
public class BankConnections {
    public static final int PAGE_SIZE_MAX = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, kind, host, port, username, remote_path, processed_path, host_key_fingerprint, url, account_id,
            response_format, ca_certificate, schedule, enabled, created_at, updated_at, last_run_at, last_outcome, last_error,
            last_success_at, last_imported, consecutive_failures, next_run_at, booked_until, credentials_key_id""";
    private final JdbcTemplate jdbc;
    private final CredentialSealer sealer;

    public BankConnections(JdbcTemplate jdbc, CredentialSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    /** A new connection, due at once; refused when the id is taken. */
    public void create(String id, ConnectionRequest request, BankConnection.Kind kind, Instant now) {
        SealingKeys.Sealed sealed = seal(request.credentials(), id);
        try {
            jdbc.update("""
                    insert into bank_connection (id, kind, host, port, username, remote_path, processed_path, host_key_fingerprint,
                        url, account_id, response_format, ca_certificate, schedule, credentials_key_id, credentials, enabled,
                        created_at, updated_at, next_run_at, credential_names)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, kind.name(), request.host(), kind == BankConnection.Kind.SFTP ? request.portOrDefault() : null,
                    request.username(), request.path(), request.processedPath(), request.hostKeyFingerprint(), request.url(),
                    request.accountId(), kind == BankConnection.Kind.API ? request.formatOrDefault() : null, request.caCertificate(),
                    request.schedule().strip(), sealed.keyId(), sealed.ciphertext(), request.enabled() == null || request.enabled(), ts(now), ts(now), ts(now),
                    String.join(",", request.credentials().names()));
        } catch (DuplicateKeyException taken) {
            throw LedgerRefusal.of(BankPullRefusal.CONNECTION_EXISTS, "id", "bank connection " + id + " exists; PUT replaces it");
        }
    }

    /** Replaces the settings (and the credentials when given); the connection is due at once. */
    public void replace(String id, ConnectionRequest request, BankConnection.Kind kind, Instant now) {
        require(id);
        jdbc.update("""
                update bank_connection set kind = ?, host = ?, port = ?, username = ?, remote_path = ?, processed_path = ?,
                    host_key_fingerprint = ?, url = ?, account_id = ?, response_format = ?, ca_certificate = ?, schedule = ?, enabled = ?,
                    updated_at = ?, next_run_at = ?, consecutive_failures = 0 where id = ?""",
                kind.name(), request.host(), kind == BankConnection.Kind.SFTP ? request.portOrDefault() : null,
                request.username(), request.path(), request.processedPath(), request.hostKeyFingerprint(), request.url(),
                request.accountId(), kind == BankConnection.Kind.API ? request.formatOrDefault() : null, request.caCertificate(),
                request.schedule().strip(), request.enabled() == null || request.enabled(), ts(now), ts(now), id);
        if (request.credentials() != null) {
            storeCredentials(id, request.credentials());
        }
    }

    public void setEnabled(String id, boolean enabled, Instant now) {
        if (jdbc.update("update bank_connection set enabled = ?, updated_at = ?, next_run_at = ? where id = ?",
                enabled, ts(now), ts(now), id) == 0) {
            throw notFound(id);
        }
    }

    /** Makes the connection due now: the next tick, on whichever node holds the lease, pulls it. */
    public void dueNow(String id, Instant now) {
        if (jdbc.update("update bank_connection set next_run_at = ? where id = ?", ts(now), id) == 0) {
            throw notFound(id);
        }
    }

    public BankConnection require(String id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    public Optional<BankConnection> find(String id) {
        return jdbc.query("select " + COLUMNS + ", credential_names from bank_connection where id = ?",
                (rs, i) -> read(rs), id).stream().findFirst();
    }

    /** Connections by id after {@code after}, at most {@code pageSize} (≤ {@value #PAGE_SIZE_MAX}). */
    public List<BankConnection> page(String after, int pageSize) {
        return jdbc.query("select " + COLUMNS + ", credential_names from bank_connection where id > ? order by id limit ?",
                (rs, i) -> read(rs), after == null ? "" : after, Math.min(pageSize, PAGE_SIZE_MAX));
    }

    /** The enabled connections whose next run has come, oldest due first. */
    public List<BankConnection> due(Instant now, int limit) {
        return jdbc.query("select " + COLUMNS + ", credential_names from bank_connection where enabled and next_run_at <= ? "
                + "order by next_run_at, id limit ?", (rs, i) -> read(rs), ts(now), limit);
    }

    /** The connection's credentials for a pull; empty when their key is gone or the row was altered. */
    public Optional<PullCredentials> credentials(String id) {
        List<SealingKeys.Sealed> rows = jdbc.query("select credentials_key_id, credentials from bank_connection where id = ?",
                (rs, i) -> new SealingKeys.Sealed(rs.getString(1), rs.getBytes(2)), id);
        return rows.stream().findFirst().flatMap(sealed -> sealer.open(sealed, id)).map(BankConnections::credentialsOf);
    }

    /** A parse error's message would quote the JSON, credentials and all: none of it goes on. */
    private static PullCredentials credentialsOf(String json) {
        try {
            return JSON.readValue(json, PullCredentials.class);
        } catch (tools.jackson.core.JacksonException unreadable) {
            throw new PullFailure("the sealed credentials are not readable");
        }
    }

    /** Re-seals every connection not sealed under the active key (after a rotation); answers how many. */
    public int resealAll() {
        String active = sealer.activeKeyId().orElse(null);
        if (active == null) {
            return 0;
        }
        int resealed = 0;
        for (String id : jdbc.queryForList("select id from bank_connection where credentials_key_id <> ? order by id limit 10000",
                String.class, active)) {
            Optional<PullCredentials> credentials;
            try {
                credentials = credentials(id);
            } catch (PullFailure unreadable) { // left as it is: its pulls fail and say so
                continue;
            }
            if (credentials.isPresent()) {
                storeCredentials(id, credentials.get());
                resealed++;
            }
        }
        return resealed;
    }

    /** What a run did: its outcome, the error text (null on success), statements imported, and the next run. */
    public void recorded(String id, Instant ranAt, String error, Integer imported, Instant nextRunAt, LocalDate bookedUntil) {
        boolean succeeded = error == null;
        jdbc.update("""
                update bank_connection set last_run_at = ?, last_outcome = ?, last_error = ?,
                    last_success_at = case when ? then ? else last_success_at end,
                    last_imported = case when ? then ? else last_imported end,
                    consecutive_failures = case when ? then 0 else consecutive_failures + 1 end,
                    next_run_at = ?, booked_until = coalesce(?, booked_until) where id = ?""",
                ts(ranAt), succeeded ? BankConnection.SUCCEEDED : BankConnection.FAILED, cut(error), succeeded, ts(ranAt),
                succeeded, imported, succeeded, ts(nextRunAt), bookedUntil, id);
    }

    public boolean fileSeen(String id, String name, long size, Instant modified) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from bank_pull_file where connection_id = ? "
                + "and name = ? and size_bytes = ? and modified_at = ?)", Boolean.class, id, name, size, ts(modified)));
    }

    public void fileDone(String id, String name, long size, Instant modified, String outcome, String detail, Instant now) {
        jdbc.update("insert into bank_pull_file (connection_id, name, size_bytes, modified_at, outcome, detail, pulled_at) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", id, name, size, ts(modified), outcome, cut(detail), ts(now));
    }

    private void storeCredentials(String id, PullCredentials credentials) {
        SealingKeys.Sealed sealed = seal(credentials, id);
        jdbc.update("update bank_connection set credentials_key_id = ?, credentials = ?, credential_names = ? where id = ?",
                sealed.keyId(), sealed.ciphertext(), String.join(",", credentials.names()), id);
    }

    private SealingKeys.Sealed seal(PullCredentials credentials, String id) {
        if (!sealer.hasKeys()) {
            throw LedgerRefusal.of(BankPullRefusal.CREDENTIAL_KEYS_MISSING, "credentials", "no key in "
                    + CredentialSealer.PROPERTY + " (LEDGER_BANK_CREDENTIAL_KEYS): credentials cannot be stored sealed");
        }
        return sealer.seal(JSON.writeValueAsString(credentials), id);
    }

    private static BankConnection read(ResultSet rs) throws SQLException {
        String names = rs.getString("credential_names");
        int port = rs.getInt("port");
        Integer portOrNull = rs.wasNull() ? null : port;
        int imported = rs.getInt("last_imported");
        Integer importedOrNull = rs.wasNull() ? null : imported;
        java.sql.Date booked = rs.getDate("booked_until");
        return new BankConnection(rs.getString("id"), BankConnection.Kind.valueOf(rs.getString("kind")), rs.getString("host"),
                portOrNull, rs.getString("username"), rs.getString("remote_path"), rs.getString("processed_path"),
                rs.getString("host_key_fingerprint"), rs.getString("url"), rs.getString("account_id"),
                rs.getString("response_format"), rs.getString("ca_certificate"), rs.getString("schedule"), rs.getBoolean("enabled"),
                names == null || names.isEmpty() ? List.of() : List.of(names.split(",")), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "last_run_at"), rs.getString("last_outcome"), rs.getString("last_error"),
                instant(rs, "last_success_at"), importedOrNull, rs.getInt("consecutive_failures"), instant(rs, "next_run_at"),
                booked == null ? null : booked.toLocalDate());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static LedgerRefusal notFound(String id) {
        return LedgerRefusal.of(BankPullRefusal.CONNECTION_NOT_FOUND, "id", "no bank connection " + id);
    }
}
