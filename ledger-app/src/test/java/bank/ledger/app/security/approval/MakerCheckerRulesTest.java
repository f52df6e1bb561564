package bank.ledger.app.security.approval;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.money.DecimalAmount;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MakerCheckerRulesTest {
    private final MakerCheckerRules rules = new MakerCheckerRules("1000.00");

    private static byte[] entry(String... amounts) {
        StringBuilder lines = new StringBuilder();
        for (String amount : amounts) {
            lines.append(lines.isEmpty() ? "" : ",").append("{\"accountId\":\"a\",\"side\":\"DEBIT\",\"amount\":\"")
                    .append(amount).append("\"}");
        }
        return ("{\"id\":\"e\",\"postings\":[" + lines + "]}").getBytes(StandardCharsets.UTF_8);
    }

    @Nested
    class Postings {
        @Test
        void a_line_at_the_threshold_is_held_whatever_its_written_scale() {
            assertThat(rules.reasonFor("POST", "/api/v1/journal-entries", entry("5.00", "1000"))).contains("largePosting");
            assertThat(rules.reasonFor("POST", "/api/v1/journal-entries", entry("1000.000"))).contains("largePosting");
        }

        @Test
        void lines_below_the_threshold_run_at_once() {
            assertThat(rules.reasonFor("POST", "/api/v1/journal-entries", entry("999.99", "999.999"))).isEmpty();
        }

        @Test
        void unreadable_bodies_and_amounts_are_left_to_the_endpoint_to_refuse() {
            assertThat(rules.reasonFor("POST", "/api/v1/journal-entries", "{\"postings\": ".getBytes())).isEmpty();
            assertThat(rules.reasonFor("POST", "/api/v1/journal-entries", entry("1e9"))).isEmpty();
            assertThat(rules.reasonFor("POST", "/api/v1/journal-entries/x/reverse", "[1]".getBytes())).isEmpty();
        }
    }

    @Nested
    class AlwaysHeld {
        @Test
        void closings_reversals_and_role_changes_are_held_with_or_without_a_body() {
            assertThat(rules.reasonFor("POST", "/api/v1/accounts/a-1/close", new byte[0])).contains("closeAccount");
            assertThat(rules.reasonFor("POST", "/api/v1/journal-entries/e-1/reverse", "{\"id\":\"r\"}".getBytes()))
                    .contains("reversal");
            assertThat(rules.reasonFor("POST", "/api/v1/users/jane/role", "{\"role\":\"admin\"}".getBytes()))
                    .contains("roleChange");
        }

        @Test
        void reads_and_other_writes_are_never_candidates() {
            assertThat(rules.isCandidate("GET", "/api/v1/journal-entries")).isFalse();
            assertThat(rules.isCandidate("POST", "/api/v1/accounts/a-1/freeze")).isFalse();
            assertThat(rules.isCandidate("POST", "/api/v1/accounts")).isFalse();
        }
    }

    @Test
    void decimals_compare_exactly_across_scales() {
        assertThat(MakerCheckerRules.compare(DecimalAmount.parse("10.5", "a"), DecimalAmount.parse("10.50", "b")))
                .isZero();
        assertThat(MakerCheckerRules.compare(DecimalAmount.parse("99999999999999.9999", "a"),
                DecimalAmount.parse("99999999999999", "b"))).isPositive();
    }
}
