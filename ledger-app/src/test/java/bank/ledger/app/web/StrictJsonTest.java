package bank.ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.command.account.OpenAccountRequest;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP mapper reads each value only from the JSON type the contract states. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StrictJsonTest {
    private static final JsonMapper STRICT = strict();

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictJsonConfiguration.strict(builder);
        return builder.build();
    }

    record Flags(Boolean pending, Integer maxAttempts, LocalDate effectiveDate) {
    }

    @Test
    void values_of_the_stated_types_are_read() {
        PostingRequest line = STRICT.readValue("{\"accountId\":\"a-1\",\"side\":\"DEBIT\",\"amount\":\"10.50\"}",
                PostingRequest.class);
        assertThat(line).isEqualTo(new PostingRequest("a-1", Side.DEBIT, "10.50", null));
        assertThat(STRICT.readValue("{\"pending\":true,\"maxAttempts\":5,\"effectiveDate\":\"2026-01-02\"}",
                Flags.class)).isEqualTo(new Flags(true, 5, LocalDate.of(2026, 1, 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"accountId\":123}", "{\"accountId\":true}", "{\"accountId\":1.5}",
            "{\"side\":0}", "{\"side\":\"0\"}", "{\"amount\":10.5}", "{\"amount\":10}"})
    void a_posting_value_of_another_json_type_is_refused_naming_the_field(String json) {
        String field = json.substring(2, json.indexOf('"', 2));
        assertThatThrownBy(() -> STRICT.readValue(json, PostingRequest.class))
                .isInstanceOfSatisfying(DatabindException.class,
                        refused -> assertThat(refused.getPath().get(0).getPropertyName()).isEqualTo(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"pending\":1}", "{\"pending\":\"true\"}", "{\"maxAttempts\":\"5\"}",
            "{\"maxAttempts\":5.7}", "{\"effectiveDate\":20260102}"})
    void numbers_booleans_and_dates_are_not_coerced_either(String json) {
        assertThatThrownBy(() -> STRICT.readValue(json, Flags.class)).isInstanceOf(DatabindException.class);
    }

    @Test
    void an_account_id_sent_as_a_number_is_refused() {
        assertThatThrownBy(() -> STRICT.readValue("{\"id\":123,\"code\":\"c\"}", OpenAccountRequest.class))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void the_default_mapper_would_have_coerced_them() {
        JsonMapper lenient = JsonMapper.builder().build();
        assertThat(lenient.readValue("{\"accountId\":123,\"side\":0,\"amount\":10.5}", PostingRequest.class))
                .isEqualTo(new PostingRequest("123", Side.DEBIT, "10.5", null));
    }
}
