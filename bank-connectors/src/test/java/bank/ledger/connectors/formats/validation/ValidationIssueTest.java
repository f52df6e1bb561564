package bank.ledger.connectors.formats.validation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.WarningCodes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The validator's findings keep their printed codes and are recorded under the stable warning codes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValidationIssueTest {
    /** Every code StatementValidator gives (its source is the list; a new one must be added here). */
    private static final List<String> VALIDATOR_CODES = List.of("BALANCE_MISMATCH", "TOTALS_MISMATCH",
            "OPENING_NOT_PREVIOUS_CLOSING", "SEQUENCE_GAP", "SEQUENCE_REPEATED", "SEQUENCE_BACKWARDS", "AMOUNT_OVERFLOW");

    @Test
    void every_validator_code_maps_onto_a_warning_code_constant_of_the_same_words() throws IllegalAccessException {
        List<String> constants = new java.util.ArrayList<>();
        for (Field field : WarningCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                constants.add(field.getName() + "=" + field.get(null));
            }
        }
        for (String code : VALIDATOR_CODES) {
            String warning = new ValidationIssue("f", 0, null, ValidationIssue.Severity.ERROR, code, "m").warningCode();
            assertThat(constants).contains(code + "=" + warning);
        }
    }

    @Test
    void the_validator_source_gives_no_code_outside_the_list() throws java.io.IOException {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/java/bank/ledger/connectors/formats/validation/StatementValidator.java"));
        List<String> found = Arrays.stream(source.split("\"")).filter(t -> t.matches("[A-Z]+(_[A-Z]+)+")).distinct()
                .toList();
        assertThat(VALIDATOR_CODES).containsAll(found);
    }
}
