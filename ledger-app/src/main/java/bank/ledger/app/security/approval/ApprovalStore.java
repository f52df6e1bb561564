package bank.ledger.app.security.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Approvals in PostgreSQL ({@code app_approval}). */
@Repository
public class ApprovalStore {
    private final JdbcTemplate jdbc;

    public ApprovalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String hold(String method, String path, String body, String reason, String maker, String makerRole) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into app_approval (approval_id, method, path, body, reason, requested_by, requested_role,"
                + " status) values (?, ?, ?, ?, ?, ?, ?, 'PENDING')", id, method, path, body, reason, maker, makerRole);
        return id;
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

    private static Approval row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        Integer resultStatus = rs.getObject("result_status", Integer.class);
        return new Approval(rs.getString("approval_id"), rs.getString("method"), rs.getString("path"),
                rs.getString("body"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getString("requested_role"), rs.getTimestamp("requested_at").toInstant(), rs.getString("status"),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                resultStatus);
    }
}
