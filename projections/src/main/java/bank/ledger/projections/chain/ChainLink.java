package bank.ledger.projections.chain;

/** One stored link of {@code ledger_event_chain}. */
public record ChainLink(long position, String eventIdentifier, long globalIndex, byte[] eventDigest,
                        byte[] payloadDigest, byte[] metadataDigest, byte[] linkHash) {

    /** The link for {@code event} after {@code previous} at {@code position}. */
    static ChainLink of(byte[] previous, long position, StoredEvent event) {
        byte[] eventDigest = ChainHash.eventDigest(event);
        return new ChainLink(position, event.eventIdentifier(), event.globalIndex(), eventDigest,
                ChainHash.digestOrNull(event.payload()), ChainHash.digestOrNull(event.metadata()),
                ChainHash.link(previous, position, eventDigest));
    }
}
