package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.security.access.EndpointAccess;
import bank.ledger.app.security.access.Permission;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EdgePathsTest {
    private static MockHttpServletRequest post(String rawUri) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", rawUri);
        request.setContextPath("");
        return request;
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/journal%2Dentries, /api/v1/journal-entries",
            "/api/v1/journal%2dentries, /api/v1/journal-entries",
            "/api/v1/journal-entries/e-1/revers%65, /api/v1/journal-entries/e-1/reverse",
            "/api/v1/users/bob/rol%65, /api/v1/users/bob/role",
            "/api/v1//journal-entries, /api/v1/journal-entries",
            "/api/v1/journal-entries;jsessionid=abc, /api/v1/journal-entries",
            "/%61pi/v1/auth/token, /api/v1/auth/token"})
    void a_path_is_read_decoded_and_cleaned_as_it_is_routed(String raw, String routed) {
        assertThat(EdgePaths.pathOf(post(raw))).isEqualTo(routed);
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/journal%2Dentries", "/%61pi/v1/journal-entries", "/api/v1/journal-entries;x=1"})
    void the_access_table_sees_any_spelling_of_a_path_as_its_endpoint(String raw) {
        assertThat(EndpointAccess.ruleFor("POST", EdgePaths.pathOf(post(raw))).orElseThrow().permission())
                .isEqualTo(Permission.POST_ENTRIES);
    }
}
