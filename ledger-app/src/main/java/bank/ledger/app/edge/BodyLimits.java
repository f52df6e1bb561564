package bank.ledger.app.edge;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Request body limits of the API edge ({@code ledger.edge.*}); defaults in application.properties.
 *
 * @param maxBodySize          every body except statement files (JSON commands are far below 1 MiB)
 * @param maxStatementBodySize a statement file sent to {@link #statementPaths()} (the documented 50 MiB per file; Spring's MB is 2^20 bytes)
 * @param statementPaths       the decoded paths that take a statement file as their body
 */
@ConfigurationProperties("ledger.edge")
public record BodyLimits(DataSize maxBodySize, DataSize maxStatementBodySize, List<String> statementPaths) {
    public BodyLimits {
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        maxStatementBodySize = maxStatementBodySize == null ? DataSize.ofMegabytes(50) : maxStatementBodySize;
        statementPaths = statementPaths == null ? List.of() : List.copyOf(statementPaths);
    }

    /** The limit of the body of a request to this decoded path. */
    public long bytesMaxFor(String path) {
        return statementPaths.contains(path) ? maxStatementBodySize.toBytes() : maxBodySize.toBytes();
    }
}
