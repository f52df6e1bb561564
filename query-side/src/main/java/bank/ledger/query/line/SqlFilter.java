package bank.ledger.query.line;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters; values are always bound parameters, never spliced. */
public final class SqlFilter {
    private final StringBuilder sql;
    private final List<Object> args = new ArrayList<>();

    public SqlFilter(String select, Object... args) {
        this.sql = new StringBuilder(select);
        this.args.addAll(List.of(args));
    }

    /** Adds {@code and <condition>} with its parameters, unless the first of them is null (filter not asked). */
    public SqlFilter and(String condition, Object... values) {
        if (values.length > 0 && values[0] != null) {
            sql.append(" and ").append(condition);
            args.addAll(List.of(values));
        }
        return this;
    }

    public SqlFilter append(String tail, Object... values) {
        sql.append(' ').append(tail);
        args.addAll(List.of(values));
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Object[] args() {
        return args.toArray();
    }
}
