package bank.ledger.domain.refusal;

import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one policy for text the ledger stores and for the ids clients choose. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextRulesTest {
    @Nested
    class An_id {
        @ParameterizedTest
        @ValueSource(strings = {"dep-1", "smoke-cash", "a", "0", "acc.cash:EUR@bank~1_x", "recon-susp-0123-1-0",
                "550e8400-e29b-41d4-a716-446655440000"})
        void of_letters_digits_and_dot_underscore_colon_at_tilde_dash_is_accepted(String id) {
            assertThatCode(() -> TextRules.requireId(id, "id")).doesNotThrowAnyException();
        }

        @Test
        void has_at_most_128_characters() {
            assertThatCode(() -> TextRules.requireId("a".repeat(128), "id")).doesNotThrowAnyException();
            assertRefused(() -> TextRules.requireId("a".repeat(129), "id"), RefusalCode.INVALID_FIELD, "id");
        }

        @Test
        void is_required() {
            assertRefused(() -> TextRules.requireId(null, "id"), RefusalCode.INVALID_FIELD, "id");
            assertRefused(() -> TextRules.requireId("", "id"), RefusalCode.INVALID_FIELD, "id");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a b", "a\"b", "a'b", "a\\b", "a\nb", "a\u0000b", "a/b", "a%2Fb", "a?b", "a#b",
                ".", "..", "-a", "_a", "a;b", "é", "a\ud800", "a+b", "a\tb"})
        void with_any_other_character_or_not_starting_with_a_letter_or_digit_is_invalidId(String id) {
            assertRefused(() -> TextRules.requireId(id, "postings[1].accountId"), RefusalCode.INVALID_ID,
                    "postings[1].accountId");
        }
    }

    @Nested
    class One_line_of_text {
        @ParameterizedTest
        @ValueSource(strings = {"Cash at bank", "Café Müller — € 12", "😀 emoji pair", "\u00A0non-breaking", "~"})
        void with_any_printable_character_and_paired_surrogates_is_accepted(String text) {
            assertThatCode(() -> TextRules.requireLine(text, "name")).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\u0000b", "a\u001Fb", "a\nb", "a\tb", "a\rb", "a\u007Fb", "a\u0080b", "a\u009Fb",
                "a\ud800", "\udc00a", "a\udc00\ud800b"})
        void with_a_control_character_or_an_unpaired_surrogate_is_invalidText(String text) {
            assertRefused(() -> TextRules.requireLine(text, "name"), RefusalCode.INVALID_TEXT, "name");
        }

        @Test
        void the_characters_just_outside_the_control_ranges_are_accepted() {
            assertThatCode(() -> TextRules.requireLine(" \u007E\u00A0", "name")).doesNotThrowAnyException();
        }
    }

    @Nested
    class Free_text {
        @Test
        void may_hold_line_breaks_and_tabs() {
            assertThatCode(() -> TextRules.requireFreeText("line 1\r\nline 2\tend", "description"))
                    .doesNotThrowAnyException();
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\u0000b", "a\u000Bb", "a\u000Cb", "a\u001Bb", "a\u007Fb", "a\u0085b", "\ud800"})
        void refuses_every_other_control_character_and_unpaired_surrogates(String text) {
            assertRefused(() -> TextRules.requireFreeText(text, "description"), RefusalCode.INVALID_TEXT,
                    "description");
        }
    }

    @Nested
    class Cleaning_text_from_a_bank {
        @Test
        void replaces_what_the_ledger_does_not_store_and_keeps_everything_else() {
            assertThat(TextRules.clean("a\u0000b\nc\u0085d\ud800e😀")).isEqualTo("a\uFFFDb c\uFFFDd\uFFFDe😀");
            assertThat(TextRules.clean("plain")).isEqualTo("plain");
            assertThat(TextRules.clean(null)).isNull();
        }

        @Test
        void always_gives_one_line_of_text_the_rules_accept() {
            String cleaned = TextRules.clean("x\u0000\u0001\t\r\n\u007F\u009F\udfff\ud83d");
            assertThatCode(() -> TextRules.requireLine(cleaned, "text")).doesNotThrowAnyException();
        }
    }

    @Nested
    class Metadata {
        @Test
        void a_key_with_a_control_character_is_named_in_a_path_that_can_be_stored() {
            assertRefused(() -> Fields.validateMetadata(java.util.Map.of("a\u0000b", "v"), "metadata"),
                    RefusalCode.INVALID_TEXT, "metadata.a\uFFFDb");
        }

        @Test
        void a_value_may_hold_line_breaks_but_not_u0000() {
            assertThatCode(() -> Fields.validateMetadata(java.util.Map.of("note", "a\nb"), "metadata"))
                    .doesNotThrowAnyException();
            assertRefused(() -> Fields.validateMetadata(java.util.Map.of("note", "a\u0000b"), "metadata"),
                    RefusalCode.INVALID_TEXT, "metadata.note");
        }
    }
}
