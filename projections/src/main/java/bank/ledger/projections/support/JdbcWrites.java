package bank.ledger.projections.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's SQL through {@link BatchedWrites}: at the flush, consecutive statements of the same SQL go in one
 * {@code batchUpdate} (the driver's {@code reWriteBatchedInserts} makes a run of inserts one multi-row insert),
 * in event order, so two writes of one row keep their order.
 */
public final class JdbcWrites {
    /** The most statements sent in one JDBC batch (a processor batch holds at most its batch size of events). */
    static final int STATEMENTS_PER_JDBC_BATCH_MAX = 1_000;
    private final BatchedWrites<Statement> writes;

    record Statement(String sql, Object[] args) {
    }

    public JdbcWrites(JdbcTemplate jdbc, String group) {
        this.writes = new BatchedWrites<>(group, s -> jdbc.update(s.sql(), s.args()), all -> flush(jdbc, all));
    }

    /** {@code JdbcTemplate.update(sql, args)}, now or before the batch commits ({@link BatchedWrites}). */
    public void update(String sql, Object... args) {
        writes.write(new Statement(sql, args));
    }

    public BatchedWrites<?> batched() {
        return writes;
    }

    static void flush(JdbcTemplate jdbc, List<Statement> statements) {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from + 1;
            while (to < statements.size() && to - from < STATEMENTS_PER_JDBC_BATCH_MAX
                    && statements.get(to).sql().equals(sql)) {
                to++;
            }
            if (to - from == 1) {
                jdbc.update(sql, statements.get(from).args());
            } else {
                List<Object[]> rows = new ArrayList<>(to - from);
                statements.subList(from, to).forEach(s -> rows.add(s.args()));
                jdbc.batchUpdate(sql, rows);
            }
            from = to;
        }
    }
}
