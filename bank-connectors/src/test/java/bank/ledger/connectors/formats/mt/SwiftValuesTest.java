package bank.ledger.connectors.formats.mt;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Warning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
        List<Warning> warnings = new ArrayList<>();
        assertThat(SwiftValues.entryDate(mmdd, value, 1, warnings)).isEqualTo(expected);
        assertThat(warnings).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0230", "1301", "0000"})
    void anEntryDateNoYearHasIsFlaggedInvalid(String mmdd) {
        List<Warning> warnings = new ArrayList<>();
        assertThat(SwiftValues.entryDate(mmdd, LocalDate.of(2024, 5, 1), 7, warnings)).isNull();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("invalidDate");
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.message()).contains(mmdd);
        });
    }

    @ParameterizedTest
    @CsvSource({"'1234,56', 1234.56", "'1234,', 1234", "'0,5', 0.5", "'0001234,5', 1234.5", "'12.50', 12.50",
        "'1,234', 1.234", "'1 234,56', 1234.56", "'999999999999999,', 999999999999999"})
    void swiftAmountsAreReadExactlyAsWritten(String text, BigDecimal expected) {
        assertThat(SwiftValues.amount(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"',50'", "'1,2,3'", "'12a,00'", "''", "'1000000000000000,'"})
    void textThatIsNoAmountGivesNone(String text) {
        assertThat(SwiftValues.amount(text)).isNull();
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
