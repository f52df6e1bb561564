package bank.ledger.connectors.pull;

/** Where a puller hands each fetched file: the ingestion pipeline, under the connection's origin. */
@FunctionalInterface
public interface StatementSink {
    /** Ingests one file; a file the pipeline refuses counts as refused, it does not fail the pull. */
    PullResult accept(String name, byte[] content);
}
