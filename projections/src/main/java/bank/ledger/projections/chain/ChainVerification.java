package bank.ledger.projections.chain;

/**
 * One page of verification: links {@code verifiedFrom..verifiedTo} recomputed from the stored events.
 * {@code ok} false names the first broken link; {@code nextFromPosition} is where the next page starts
 * (null at the head, or after a break: fix or explain it first). {@code verifiedToHash} is the stored hash of
 * link {@code verifiedTo} once verified (null otherwise): the value an auditor compares with a hash written
 * down earlier, since a chain rewritten from some link on verifies as well as the original.
 */
public record ChainVerification(long verifiedFrom, long verifiedTo, long linksChecked, boolean ok,
                                BrokenLink firstBrokenLink, long headPosition, Long nextFromPosition,
                                String verifiedToHash) {

    /**
     * Where and why the chain breaks. Hashes are hex: {@code expectedHash} is the link recomputed from the
     * event as stored now (null when there is nothing to recompute), {@code storedHash} the link's hash.
     */
    public record BrokenLink(long position, String eventId, String expectedHash, String storedHash, String reason) {
    }

    /** The reasons, stable for scripts. */
    public static final class Reason {
        /** The event's payload bytes are not those chained. */
        public static final String PAYLOAD_CHANGED = "payloadChanged";
        /** The event's metadata bytes are not those chained. */
        public static final String METADATA_CHANGED = "metadataChanged";
        /** Another column of the event row changed (aggregate, sequence, type, revision, timestamp, global index). */
        public static final String EVENT_CHANGED = "eventChanged";
        /** The link names an event whose row is gone. */
        public static final String EVENT_MISSING = "eventMissing";
        /** A stored event that the chain's processor had passed is in no link: inserted behind the chain. */
        public static final String EVENT_NOT_CHAINED = "eventNotChained";
        /** The event is as chained, but the link's hash is not the hash of its predecessor and the event. */
        public static final String LINK_HASH_CHANGED = "linkHashChanged";
        /** A chain position has no link. */
        public static final String LINK_MISSING = "linkMissing";

        private Reason() {
        }
    }
}
