package bank.ledger.app.edge;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Request size limits of the API edge ({@code ledger.edge.*}); defaults in application.properties.
 *
 * @param maxHeaderSize        all request header lines together; larger answers {@code 431 headerTooLarge}. Tomcat's
 *                             own limit ({@code server.max-http-request-header-size}) is set four times higher,
 *                             so that only a head beyond any reason meets Tomcat's empty 400
 *
 * @param maxBodySize          every body except statement files (JSON commands are far below 1 MiB)
 * @param maxStatementBodySize a statement file sent to {@link #statementPaths()} (the documented 50 MiB per file; Spring's MB is 2^20 bytes)
 * @param statementPaths       the decoded paths that take a statement file as their body: the body stays raw
 *                             whatever its content type (a form type too), parameters come from the query only
 * @param multipartPaths       the decoded paths that take a multipart body (the statement upload: a browser's
 *                             form); every other path refuses multipart unread (415)
 */
@ConfigurationProperties("ledger.edge")
public record BodyLimits(DataSize maxBodySize, DataSize maxStatementBodySize, List<String> statementPaths,
                         List<String> multipartPaths, DataSize maxHeaderSize) {
    public BodyLimits {
        maxHeaderSize = maxHeaderSize == null ? DataSize.ofKilobytes(16) : maxHeaderSize;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        maxStatementBodySize = maxStatementBodySize == null ? DataSize.ofMegabytes(50) : maxStatementBodySize;
        statementPaths = statementPaths == null ? List.of() : List.copyOf(statementPaths);
        multipartPaths = multipartPaths == null ? List.of() : List.copyOf(multipartPaths);
    }

    public boolean isStatementPath(String path) {
        return statementPaths.contains(path);
    }

    public boolean takesMultipart(String path) {
        return multipartPaths.contains(path);
    }

    /** The limit of the body of a request to this decoded path. */
    public long bytesMaxFor(String path) {
        return statementPaths.contains(path) ? maxStatementBodySize.toBytes() : maxBodySize.toBytes();
    }
}
