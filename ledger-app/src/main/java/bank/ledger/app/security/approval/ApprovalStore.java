package bank.ledger.app.security.approval;

import bank.ledger.command.approval.HeldCommands;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.approval.FourEyes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Approvals in PostgreSQL ({@code app_approval}): each holds one command as JSON. The four-eyes gate
 * asks it whether an approval covers the command being run ({@link #covers}): approved, and the same command.
 */
@Repository
public class ApprovalStore implements HeldCommands, FourEyes.Approvals {
    /** Its own mapper: what is stored must read back the same whatever the web edge's JSON settings. */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    public ApprovalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String hold(Object command, CommandOrigin maker, String reason) {
        HeldCommand kind = HeldCommand.of(command).orElseThrow(() -> new IllegalArgumentException(
                "no approval can hold a " + command.getClass().getSimpleName()));
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into app_approval (approval_id, method, path, body, reason, requested_by, requested_role,"
                        + " status, command_type, command) values (?, 'POST', ?, ?, ?, ?, ?, 'PENDING', ?, ?)",
                id, kind.pathOf(command), null, reason, maker.actor(), maker.actorRole(), kind.typeName(),
                JSON.writeValueAsString(command));
        return id;
    }

    /** A role change is not a ledger command; it waits the same way and the user store runs it. */
    public String holdRoleChange(String username, String role, String maker, String makerRole) {
        return hold(new HeldCommand.RoleChange(username, role), new CommandOrigin(maker, makerRole, "api", null),
                "roleChange");
    }

    /**
     * Approved, not yet run to its end (no result recorded: the dispatch's own retries still pass, a later
     * reuse of the id does not), and holding exactly this command.
     */
    @Override
    public boolean covers(String approvalId, Object command) {
        return find(approvalId)
                .filter(approval -> "APPROVED".equals(approval.status()) && approval.resultStatus() == null
                        && approval.commandType() != null)
                .map(approval -> command.equals(commandOf(approval))).orElse(false);
    }

    /** The held command, as the maker asked for it. */
    Object commandOf(Approval approval) {
        return JSON.readValue(approval.body(), HeldCommand.named(approval.commandType()).type());
    }

    public Optional<Approval> find(String id) {
        return jdbc.query("select * from app_approval where approval_id = ?", ApprovalStore::row, id).stream()
                .findFirst();
    }

    /** Pending first-come first-served, keyset-paged by (request time, id) after the given approval. */
    public List<Approval> pending(String afterId, int pageSize) {
        if (afterId == null) {
            return jdbc.query("select * from app_approval where status = 'PENDING'"
                    + " order by requested_at, approval_id limit ?", ApprovalStore::row, pageSize);
        }
        return jdbc.query("select a.* from app_approval a, app_approval after where after.approval_id = ?"
                + " and a.status = 'PENDING' and (a.requested_at, a.approval_id) > (after.requested_at, after.approval_id)"
                + " order by a.requested_at, a.approval_id limit ?", ApprovalStore::row, afterId, pageSize);
    }

    /** Moves a pending approval to its decision; false when someone decided first (exactly one checker wins). */
    public boolean decide(String id, String status, String checker) {
        return jdbc.update("update app_approval set status = ?, decided_by = ?, decided_at = now()"
                + " where approval_id = ? and status = 'PENDING'", status, checker, id) == 1;
    }

    public void recordResult(String id, int status) {
        jdbc.update("update app_approval set result_status = ? where approval_id = ?", status, id);
    }

    /** Approvals made before commands were stored (V7_2) hold a request body and no command: never run. */
    private static Approval row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        Integer resultStatus = rs.getObject("result_status", Integer.class);
        String command = rs.getString("command");
        return new Approval(rs.getString("approval_id"), rs.getString("method"), rs.getString("path"),
                command != null ? command : rs.getString("body"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getString("requested_role"), rs.getTimestamp("requested_at").toInstant(), rs.getString("status"),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                resultStatus, rs.getString("command_type"));
    }
}
