package bank.ledger.projections.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SegmentTokensTest {

    @Test
    void a_gap_aware_token_gives_its_index() {
        assertThat(SegmentTokens.index("{\"index\":4711,\"gaps\":[4700]}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(4711L);
    }

    @Test
    void no_token_or_a_token_of_another_shape_gives_no_index() {
        assertThat(SegmentTokens.index(null)).isNull();
        assertThat(SegmentTokens.index("{\"context\":{}}".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(SegmentTokens.index(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5})).isNull();
    }
}
