package bank.ledger.projections.deadletter;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import org.junit.jupiter.api.Test;

class DeadLetterControllerTest {

    @Test
    void a_reason_is_plain_text_of_at_most_500_characters_line_breaks_and_emoji_allowed() {
        assertThatCode(() -> DeadLetterController.requireReason("re-posted as je-42\n\tby the importer 😀"))
                .doesNotThrowAnyException();
        assertThatCode(() -> DeadLetterController.requireReason("r".repeat(500))).doesNotThrowAnyException();
    }

    @Test
    void a_missing_blank_too_long_or_control_character_reason_is_refused() {
        for (String reason : new String[] {null, "", "  ", "r".repeat(501), "a\u0000b", "a\u001bb", "a\u007fb",
                "a\uD83Db"}) {
            assertThatThrownBy(() -> DeadLetterController.requireReason(reason)).as(String.valueOf(reason))
                    .isInstanceOf(LedgerRefusal.class).hasMessageContaining("reason");
        }
    }
}
