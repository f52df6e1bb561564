package bank.ledger.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoredTextTest {

    @Nested
    class PlainText {
        @Test
        void text_postgresql_can_hold_is_returned_as_it_is() {
            String text = "Café 😀 \t\n ünïcode";
            assertThat(StoredText.of(text)).isSameAs(text);
            assertThat(StoredText.of(null)).isNull();
        }

        @Test
        void every_nul_becomes_a_replacement_character() {
            assertThat(StoredText.of("\u0000a\u0000\u0000b\u0000")).isEqualTo("\uFFFDa\uFFFD\uFFFDb\uFFFD");
        }

        @Test
        void unpaired_surrogates_become_replacement_characters_and_pairs_stay() {
            assertThat(StoredText.of("a\uD83Db")).isEqualTo("a\uFFFDb");
            assertThat(StoredText.of("a\uDE00b")).isEqualTo("a\uFFFDb");
            assertThat(StoredText.of("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
            assertThat(StoredText.of("end\uD83D")).isEqualTo("end\uFFFD");
            assertThat(StoredText.of("\uD83D\uDE00\u0000")).isEqualTo("\uD83D\uDE00\uFFFD");
        }
    }

    @Nested
    class SqlParameters {
        @Test
        void only_strings_are_cleaned_and_the_callers_array_is_untouched() {
            Object[] args = {"a\u0000", 7L, null, true};
            Object[] cleaned = StoredText.args(args);
            assertThat(cleaned).containsExactly("a\uFFFD", 7L, null, true);
            assertThat(args[0]).isEqualTo("a\u0000");
        }
    }

    @Nested
    class JsonDocuments {
        @Test
        void the_nul_escape_becomes_the_replacement_escape() {
            assertThat(StoredText.json("{\"k\\u0000\":\"v\\u0000w\"}")).isEqualTo("{\"k\\uFFFD\":\"v\\uFFFDw\"}");
        }

        @Test
        void an_escaped_backslash_followed_by_u0000_is_literal_text_and_stays() {
            String literal = "{\"k\":\"\\\\u0000\"}"; // the JSON string \u0000 as six characters
            assertThat(StoredText.json(literal)).isEqualTo(literal);
            assertThat(StoredText.json("{\"k\":\"\\\\\\u0000\"}")).isEqualTo("{\"k\":\"\\\\\\uFFFD\"}");
        }

        @Test
        void raw_unpaired_surrogates_are_replaced_and_other_escapes_stay() {
            assertThat(StoredText.json("{\"k\":\"\uD83D\\n\\u0001\"}")).isEqualTo("{\"k\":\"\uFFFD\\n\\u0001\"}");
            assertThat(StoredText.json(null)).isNull();
        }
    }
}
