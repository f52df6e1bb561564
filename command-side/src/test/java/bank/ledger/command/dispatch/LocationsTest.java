package bank.ledger.command.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A Location header never fails and never leaves its collection, whatever the id. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LocationsTest {
    @Test
    void ids_of_the_charset_are_written_as_they_are() {
        assertThat(Locations.of("/api/v1/accounts", "A.b_c:d@e~f-1").toString())
                .isEqualTo("/api/v1/accounts/A.b_c:d@e~f-1");
    }

    @Test
    void any_other_character_is_percent_encoded_within_one_path_segment() {
        assertThat(Locations.of("/api/v1/journal-entries", "a b\"c\\d\ne/../f?g#h").toString())
                .isEqualTo("/api/v1/journal-entries/a%20b%22c%5Cd%0Ae%2F..%2Ff%3Fg%23h");
    }
}
