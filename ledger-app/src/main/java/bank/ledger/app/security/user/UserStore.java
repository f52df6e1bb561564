package bank.ledger.app.security.user;

import bank.ledger.app.security.access.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Users in PostgreSQL ({@code app_user}); passwords arrive here already hashed. */
@Repository
public class UserStore {
    private static final String COLUMNS =
            "username, password_hash, role, kind, enabled, dev_seeded, created_at, created_by";
    private final JdbcTemplate jdbc;

    public UserStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the username is taken. */
    public boolean create(UserAccount user) {
        try {
            jdbc.update("insert into app_user (username, password_hash, role, kind, enabled, dev_seeded, created_by)"
                            + " values (?, ?, ?, ?, ?, ?, ?)", user.username(), user.passwordHash(), user.role().name(),
                    user.kind().name(), user.enabled(), user.devSeeded(), user.createdBy());
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** The columns a {@link #ROW} reads, each prefixed with {@code alias.}: for a join from a table that names a user. */
    public static String columns(String alias) {
        return Arrays.stream(COLUMNS.split(", ")).map(column -> alias + "." + column)
                .collect(Collectors.joining(", "));
    }

    /** Reads a user from a row of {@link #columns}. */
    public static final RowMapper<UserAccount> ROW = UserStore::row;

    public Optional<UserAccount> find(String username) {
        return jdbc.query("select " + COLUMNS + " from app_user where username = ?", UserStore::row, username)
                .stream().findFirst();
    }

    /** Keyset page in username order. */
    public List<UserAccount> page(String after, int pageSize) {
        return jdbc.query("select " + COLUMNS + " from app_user where username > ? order by username limit ?",
                UserStore::row, after == null ? "" : after, pageSize);
    }

    /** Records who gave the role and when: the second-admin rule of maker-checker reads it. */
    public boolean changeRole(String username, Role role, String givenBy) {
        return jdbc.update("update app_user set role = ?, role_given_by = ?, role_given_at = now() where username = ?",
                role.name(), givenBy, username) == 1;
    }

    /** Who gave the user their current role (creating the user counts), and when. */
    public record RoleGiven(String by, Instant at) {
    }

    public Optional<RoleGiven> roleGiven(String username) {
        return jdbc.query("select coalesce(role_given_by, created_by) as given_by,"
                        + " coalesce(role_given_at, created_at) as given_at from app_user where username = ?",
                (rs, n) -> new RoleGiven(rs.getString("given_by"), rs.getTimestamp("given_at").toInstant()), username)
                .stream().findFirst();
    }

    public boolean disable(String username) {
        return jdbc.update("update app_user set enabled = false where username = ?", username) == 1;
    }

    public boolean anyEnabledAdmin() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from app_user where role = 'ADMIN' and enabled)", Boolean.class));
    }

    public List<String> devSeededUsers() {
        return jdbc.queryForList("select username from app_user where dev_seeded order by username", String.class);
    }

    private static UserAccount row(ResultSet rs, int rowNum) throws SQLException {
        return new UserAccount(rs.getString("username"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), UserAccount.Kind.valueOf(rs.getString("kind")),
                rs.getBoolean("enabled"), rs.getBoolean("dev_seeded"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
