package bank.ledger.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's API table is read by people first: its paths and statuses must be the document's. */
class ReadmeApiTableTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern STATUS = Pattern.compile("\\b([1-5][0-9]{2})\\b");

    record Row(String method, String path, Set<String> statuses) {
    }

    @Nested
    class TheApiTable {
        @Test
        void names_only_operations_of_the_document_with_exactly_their_success_statuses() throws IOException {
            JsonNode paths = OpenApiDocuments.read().get("paths");
            List<Row> rows = rows(Files.readString(readme()));

            assertThat(rows).hasSizeGreaterThan(8);
            for (Row row : rows) {
                JsonNode operation = paths.path(row.path()).path(row.method().toLowerCase());
                assertThat(operation.isMissingNode()).as(row.method() + " " + row.path() + " is in the document").isFalse();
                Set<String> documented = new TreeSet<>();
                operation.get("responses").propertyNames().forEach(status -> {
                    if (status.startsWith("2")) {
                        documented.add(status);
                    }
                });
                assertThat(row.statuses()).as("success statuses of " + row.method() + " " + row.path())
                        .isEqualTo(documented);
            }
        }

        @Test
        void a_row_with_a_status_the_operation_does_not_answer_is_caught() {
            List<Row> rows = rows("""
                    ## API (v1)

                    | method and path | does | answers |
                    |---|---|---|
                    | `POST /api/v1/journal-entries/{id}/reverse` | reverse | 201; 200 on retry |
                    """);

            assertThat(rows).containsExactly(new Row("POST", "/api/v1/journal-entries/{id}/reverse", Set.of("200", "201")));
        }
    }

    /** Rows of the table under "## API (v1)": {@code `METHOD /path`, `/sibling`} | does | statuses. */
    static List<Row> rows(String readme) {
        String section = readme.substring(readme.indexOf("## API (v1)"));
        List<Row> rows = new ArrayList<>();
        for (String line : section.lines().skip(1).dropWhile(l -> !l.startsWith("|")).takeWhile(l -> l.startsWith("|")).toList()) {
            String[] cells = line.split("\\|");
            Matcher code = CODE.matcher(cells[1]);
            if (!code.find() || !code.group(1).contains(" ")) {
                continue; // the header and the separator
            }
            String[] first = code.group(1).split(" ");
            String path = first[1].replaceFirst("\\?.*", "");
            Set<String> statuses = new TreeSet<>();
            Matcher status = STATUS.matcher(cells[3]);
            while (status.find()) {
                statuses.add(status.group(1));
            }
            rows.add(new Row(first[0], path, statuses));
            while (code.find()) { // `/unfreeze`: a sibling of the first path
                rows.add(new Row(first[0], path.substring(0, path.lastIndexOf('/')) + code.group(1), statuses));
            }
        }
        return rows;
    }

    private static Path readme() {
        return Files.exists(Path.of("..", "README.md")) ? Path.of("..", "README.md") : Path.of("README.md");
    }
}
