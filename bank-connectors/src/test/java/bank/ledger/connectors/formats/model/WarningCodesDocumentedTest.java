package bank.ledger.connectors.formats.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client keys on warning codes: each one the readers can give is explained in docs/connectors.md. */
class WarningCodesDocumentedTest {
    static List<String> codes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : WarningCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        return codes;
    }

    @Test
    void every_warning_code_is_in_the_connectors_guide() throws IOException, IllegalAccessException {
        String guide = Files.readString(Path.of("../docs/connectors.md"));

        assertThat(codes()).hasSizeGreaterThan(40)
                .allSatisfy(code -> assertThat(guide).as(code).contains("`" + code + "`"));
    }
}
