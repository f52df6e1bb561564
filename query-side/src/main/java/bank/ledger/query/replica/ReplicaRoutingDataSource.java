package bank.ledger.query.replica;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The query side's reads: inside a {@link ReadScope} the source chosen at the scope's first read (the
 * replica while fresh enough), else the primary. A replica that refuses a connection sends the read, and the
 * rest of the request, to the primary.
 */
final class ReplicaRoutingDataSource extends AbstractDataSource {
    private final DataSource primary;
    private final ReadReplica replica;

    ReplicaRoutingDataSource(DataSource primary, ReadReplica replica) {
        this.primary = primary;
        this.replica = replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
        ReadScope scope = ReadScope.current();
        if (scope == null) {
            return primary.getConnection();
        }
        if (scope.choice() == null) {
            scope.chose(replica.choose());
        }
        if (scope.choice().replica()) {
            try {
                return replica.connection();
            } catch (SQLException down) {
                scope.chose(replica.failed(down));
            }
        }
        return primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("the query side's reads use the configured credentials");
    }
}
