package bank.ledger.connectors.mt;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.statement.Problems;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwiftValuesTest {
    @ParameterizedTest
    @CsvSource({
        "2023-12-29, 0102, 2024-01-02",
        "2024-01-02, 1229, 2023-12-29",
        "2024-06-15, 0614, 2024-06-14",
        "2023-03-01, 0229, 2024-02-29",
    })
    void entryDateYearIsTheOneNearestTheValueDate(LocalDate value, String mmdd, LocalDate expected) {
        assertThat(SwiftValues.entryDate(mmdd, value, 1, new Problems(10))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'1234,56', 123456", "'1234,', 123400", "'0,5', 50", "',50', -1", "'12.50', -1", "'1,234', -1"})
    void swiftAmounts(String text, long expected) {
        Problems problems = new Problems(10);
        Long minor = SwiftValues.amount(text, "EUR", "amount", 3, problems);
        if (expected < 0) {
            assertThat(minor).isNull();
            assertThat(problems.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
        } else {
            assertThat(minor).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "'166?00GUTSCHRIFT?20EREF+E1?21SVWZ+Hello?2|2 World?32Name', Hello World, E1",
        "'Just some text', Just some text, ",
        "'105?00LASTSCHRIFT?20Plain remittance IBAN+ inside', Plain remittance IBAN+ inside, ",
    })
    void field86(String joined, String description, String endToEnd) {
        Field86Parser.Details d = Field86Parser.parse(List.of(joined.split("\\|")));
        assertThat(d.description()).isEqualTo(description);
        assertThat(d.endToEndId()).isEqualTo(endToEnd);
    }
}
