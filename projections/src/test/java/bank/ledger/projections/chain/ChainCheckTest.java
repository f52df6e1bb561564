package bank.ledger.projections.chain;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.projections.chain.ChainVerification.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each kind of tampering is told apart; an untouched link holds. */
class ChainCheckTest {
    final StoredEvent event = new StoredEvent(7, "ev-7", "acc", 0, "Account", "T", "1", "2026-01-01T00:00:00Z",
            "{}".getBytes(StandardCharsets.UTF_8), "{\"actor\":\"a\"}".getBytes(StandardCharsets.UTF_8));
    final byte[] previous = ChainHash.link(ChainHash.GENESIS, 1, new byte[32]);
    final ChainLink link = ChainLink.of(previous, 2, event);

    @Test
    void an_untouched_event_holds_its_link() {
        assertThat(ChainCheck.check(previous, link, event)).isEmpty();
    }

    @Test
    void a_changed_payload_metadata_or_column_is_named() {
        assertThat(reason(with("{\"x\":1}".getBytes(StandardCharsets.UTF_8), event.metadata(), 7)))
                .isEqualTo(Reason.PAYLOAD_CHANGED);
        assertThat(reason(with(event.payload(), null, 7))).isEqualTo(Reason.METADATA_CHANGED);
        assertThat(reason(with(event.payload(), event.metadata(), 8))).isEqualTo(Reason.EVENT_CHANGED);
    }

    @Test
    void a_deleted_event_row_is_missing() {
        assertThat(ChainCheck.check(previous, link, null)).get().extracting(b -> b.reason())
                .isEqualTo(Reason.EVENT_MISSING);
    }

    @Test
    void a_rewritten_predecessor_or_link_hash_breaks_the_link() {
        byte[] otherPrevious = Arrays.copyOf(previous, 32);
        otherPrevious[0] ^= 1;
        assertThat(ChainCheck.check(otherPrevious, link, event)).get().extracting(b -> b.reason())
                .isEqualTo(Reason.LINK_HASH_CHANGED);
        var broken = ChainCheck.check(otherPrevious, link, event).orElseThrow();
        assertThat(broken.storedHash()).isEqualTo(ChainHash.hex(link.linkHash())).isNotEqualTo(broken.expectedHash());
    }

    private String reason(StoredEvent changed) {
        return ChainCheck.check(previous, link, changed).orElseThrow().reason();
    }

    private StoredEvent with(byte[] payload, byte[] metadata, long globalIndex) {
        return new StoredEvent(globalIndex, event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(),
                event.type(), event.payloadType(), event.payloadRevision(), event.timestamp(), payload, metadata);
    }
}
