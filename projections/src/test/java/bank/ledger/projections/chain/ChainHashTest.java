package bank.ledger.projections.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The documented encoding, pinned by vectors computed outside Java (Python's hashlib over the bytes the
 * docs describe): a change of the encoding breaks every chain already stored, so it must fail here.
 */
class ChainHashTest {
    static StoredEvent event(String revision, byte[] metadata) {
        return new StoredEvent(42, "ev-1", "acc-1", 3, "Account", "bank.ledger.X", revision, "2026-11-25T10:00:00Z",
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8), metadata);
    }

    @Nested
    class EventDigest {
        @Test
        void the_digest_of_a_known_event_is_the_documented_vector() {
            assertThat(ChainHash.hex(ChainHash.eventDigest(event("1", null))))
                    .isEqualTo("aa57e876dc367c9c3e620cec57b65d79912687a29079dd7f6882989656d8aed5");
        }

        @Test
        void null_and_empty_are_different_values() {
            assertThat(ChainHash.hex(ChainHash.eventDigest(event(null, new byte[0]))))
                    .isEqualTo("6a003cdd1cb4fb5ed637137ff12b4c157340a492d5663644e02e9099a380ce76");
            assertThat(ChainHash.eventDigest(event("1", new byte[0]))).isNotEqualTo(ChainHash.eventDigest(event("1", null)));
        }

        @Test
        void one_changed_payload_byte_changes_the_digest() {
            StoredEvent changed = new StoredEvent(42, "ev-1", "acc-1", 3, "Account", "bank.ledger.X", "1",
                    "2026-11-25T10:00:00Z", "{\"a\":2}".getBytes(StandardCharsets.UTF_8), null);
            assertThat(ChainHash.eventDigest(changed)).isNotEqualTo(ChainHash.eventDigest(event("1", null)));
        }

        @Test
        void moving_bytes_from_one_field_to_the_next_changes_the_digest() {
            StoredEvent shifted = new StoredEvent(42, "ev-1a", "cc-1", 3, "Account", "bank.ledger.X", "1",
                    "2026-11-25T10:00:00Z", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), null);
            assertThat(ChainHash.eventDigest(shifted)).isNotEqualTo(ChainHash.eventDigest(event("1", null)));
        }
    }

    @Nested
    class Links {
        @Test
        void the_first_link_starts_from_32_zero_bytes_and_the_second_from_the_first() {
            byte[] digest = ChainHash.eventDigest(event("1", null));
            byte[] first = ChainHash.link(ChainHash.GENESIS, 1, digest);
            assertThat(ChainHash.hex(first)).isEqualTo("941441370cc0276d1cd410733ec47f927e1a40aa0848223dfd45d238dfad3dc0");
            assertThat(ChainHash.hex(ChainHash.link(first, 2, digest)))
                    .isEqualTo("49f27307d891c1a029b19e870336a511d0afd9e55454d7da8287c1c63507ac1f");
        }

        @Test
        void a_hash_that_is_not_32_bytes_is_refused() {
            assertThatThrownBy(() -> ChainHash.link(new byte[31], 1, new byte[32]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
