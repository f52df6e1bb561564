package bank.ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bank.ledger.command.account.OpenAccountRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** A body the strict mapper cannot read becomes a problem naming the field by its JSON path. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnreadableBodyTest {
    private static final JsonMapper STRICT = strict();

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictJsonConfiguration.strict(builder);
        return builder.build();
    }

    record Posting(String accountId, bank.ledger.domain.entry.api.Side side, String amount) {
    }

    record Entry(String id, List<Posting> postings, Map<String, String> metadata) {
    }

    private static ProblemDetail problemOf(String json, Class<?> type) {
        DatabindException refused = catchThrowableOfType(DatabindException.class, () -> STRICT.readValue(json, type));
        return UnreadableBody.problem(refused);
    }

    @Nested
    class Unknown_fields {
        @Test
        void a_misspelt_guard_on_an_account_is_an_unknown_field() {
            ProblemDetail problem = problemOf("{\"code\":\"c\",\"debitsMustNotExceedCredit\":true}",
                    OpenAccountRequest.class);
            assertThat(problem.getProperties()).containsEntry("code", "unknownField")
                    .containsEntry("field", "debitsMustNotExceedCredit");
        }

        @Test
        void an_unknown_field_of_a_nested_line_is_named_by_its_path() {
            ProblemDetail problem = problemOf("{\"id\":\"e\",\"postings\":[{\"accountId\":\"a\"},{\"sidee\":\"DEBIT\"}]}",
                    Entry.class);
            assertThat(problem.getProperties()).containsEntry("code", "unknownField")
                    .containsEntry("field", "postings[1].sidee");
        }

        @Test
        void metadata_keys_are_free_and_never_unknown() throws Exception {
            assertThat(STRICT.readValue("{\"id\":\"e\",\"metadata\":{\"anything\":\"x\"}}", Entry.class).metadata())
                    .containsEntry("anything", "x");
        }
    }

    @Nested
    class Amounts {
        @Test
        void an_amount_sent_as_a_json_number_must_be_a_string() {
            ProblemDetail problem = problemOf("{\"postings\":[{\"amount\":10.5}]}", Entry.class);
            assertThat(problem.getProperties()).containsEntry("code", "amountMustBeString")
                    .containsEntry("field", "postings[0].amount");
        }

        @Test
        void an_amount_sent_as_a_string_is_read() throws Exception {
            assertThat(STRICT.readValue("{\"postings\":[{\"amount\":\"10.50\"}]}", Entry.class).postings().get(0)
                    .amount()).isEqualTo("10.50");
        }

        @Test
        void another_text_field_sent_as_a_number_stays_a_malformed_request() {
            assertThat(problemOf("{\"postings\":[{\"accountId\":12}]}", Entry.class).getProperties())
                    .containsEntry("code", "malformedRequest").containsEntry("field", "postings[0].accountId");
        }
    }

    @Nested
    class Enums {
        @Test
        void an_enum_in_the_wrong_case_is_refused_listing_the_names() {
            ProblemDetail problem = problemOf("{\"postings\":[{\"side\":\"debit\"}]}", Entry.class);
            assertThat(problem.getProperties()).containsEntry("code", "malformedRequest")
                    .containsEntry("field", "postings[0].side")
                    .containsEntry("allowed", List.of("DEBIT", "CREDIT"));
            assertThat(problem.getDetail()).contains("DEBIT, CREDIT");
        }

        @Test
        void an_enum_in_its_exact_case_is_read() throws Exception {
            assertThat(STRICT.readValue("{\"postings\":[{\"side\":\"CREDIT\"}]}", Entry.class).postings().get(0)
                    .side().name()).isEqualTo("CREDIT");
        }
    }
}
