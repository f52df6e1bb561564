package bank.ledger.projections.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's canonical byte encoding (version 1), documented in docs/read-models.md:
 * <pre>
 * event_digest = SHA-256("ledger-event-v1" ‖ u64 globalindex ‖ str eventidentifier ‖ str aggregateidentifier
 *                        ‖ u64 sequencenumber ‖ str type ‖ str payloadtype ‖ str payloadrevision ‖ str timestamp
 *                        ‖ bin payload ‖ bin metadata)
 * link_hash    = SHA-256("ledger-chain-v1" ‖ previous link_hash (32 bytes; 32 zero bytes before link 1)
 *                        ‖ u64 chain_position ‖ event_digest)
 * </pre>
 * u64: 8 bytes big-endian; bin: 4-byte big-endian length then the bytes, length -1 (ff ff ff ff) and no bytes
 * for SQL null; str: the UTF-8 bytes as bin. Lengths make the encoding unambiguous (no two field lists
 * give the same bytes); the tags keep an event digest from ever being taken for a link.
 */
public final class ChainHash {
    public static final int BYTES = 32;
    static final byte[] GENESIS = new byte[BYTES];
    private static final byte[] EVENT_TAG = "ledger-event-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINK_TAG = "ledger-chain-v1".getBytes(StandardCharsets.US_ASCII);

    private ChainHash() {
    }

    public static byte[] eventDigest(StoredEvent event) {
        Encoder out = new Encoder(EVENT_TAG);
        out.u64(event.globalIndex()).str(event.eventIdentifier()).str(event.aggregateIdentifier())
                .u64(event.sequenceNumber()).str(event.type()).str(event.payloadType()).str(event.payloadRevision())
                .str(event.timestamp()).bin(event.payload()).bin(event.metadata());
        return sha256(out.bytes());
    }

    public static byte[] link(byte[] previous, long position, byte[] eventDigest) {
        if (previous.length != BYTES || eventDigest.length != BYTES) {
            throw new IllegalArgumentException("hashes are " + BYTES + " bytes");
        }
        Encoder out = new Encoder(LINK_TAG);
        out.raw(previous).u64(position).raw(eventDigest);
        return sha256(out.bytes());
    }

    /** SHA-256 of the bytes; null for null (an event without metadata). */
    public static byte[] digestOrNull(byte[] bytes) {
        return bytes == null ? null : sha256(bytes);
    }

    public static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        Encoder(byte[] tag) {
            raw(tag);
        }

        Encoder raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        Encoder u64(long value) {
            return raw(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        }

        Encoder bin(byte[] bytes) {
            raw(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
            return bytes == null ? this : raw(bytes);
        }

        Encoder str(String text) {
            return bin(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
