package bank.ledger.projections.chain;

import bank.ledger.projections.chain.ChainVerification.BrokenLink;
import bank.ledger.projections.chain.ChainVerification.Reason;
import java.util.Arrays;
import java.util.Optional;

/** Checks one link against its predecessor's hash and its event's row as stored now. Pure. */
final class ChainCheck {
    private ChainCheck() {
    }

    /** Empty when the link holds; else why not. {@code event} is null when its row is gone. */
    static Optional<BrokenLink> check(byte[] previous, ChainLink link, StoredEvent event) {
        String stored = ChainHash.hex(link.linkHash());
        if (event == null) {
            return Optional.of(broken(link, null, Reason.EVENT_MISSING));
        }
        byte[] eventDigest = ChainHash.eventDigest(event);
        byte[] expected = ChainHash.link(previous, link.position(), eventDigest);
        if (Arrays.equals(expected, link.linkHash())) {
            return Optional.empty();
        }
        String reason;
        if (!Arrays.equals(ChainHash.digestOrNull(event.payload()), link.payloadDigest())) {
            reason = Reason.PAYLOAD_CHANGED;
        } else if (!Arrays.equals(ChainHash.digestOrNull(event.metadata()), link.metadataDigest())) {
            reason = Reason.METADATA_CHANGED;
        } else if (!Arrays.equals(eventDigest, link.eventDigest())) {
            reason = Reason.EVENT_CHANGED;
        } else {
            reason = Reason.LINK_HASH_CHANGED;
        }
        return Optional.of(new BrokenLink(link.position(), link.eventIdentifier(), ChainHash.hex(expected), stored,
                reason));
    }

    static BrokenLink broken(ChainLink link, String expectedHex, String reason) {
        return new BrokenLink(link.position(), link.eventIdentifier(), expectedHex, ChainHash.hex(link.linkHash()),
                reason);
    }
}
