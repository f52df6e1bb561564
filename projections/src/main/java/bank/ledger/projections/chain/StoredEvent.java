package bank.ledger.projections.chain;

/**
 * One {@code domainevententry} row exactly as stored: the chain hashes these bytes and strings, never
 * an event deserialized and written again, so an edit of the row by SQL changes the hash.
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String payloadType, String payloadRevision, String timestamp, byte[] payload,
                          byte[] metadata) {
    /** The columns to select, in this record's order, for {@link StoredEvents#read}. */
    static final String COLUMNS = "d.globalindex, d.eventidentifier, d.aggregateidentifier, d.sequencenumber, d.type, "
            + "d.payloadtype, d.payloadrevision, d.timestamp, d.payload, d.metadata";
}
