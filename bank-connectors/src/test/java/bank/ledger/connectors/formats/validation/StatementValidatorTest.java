package bank.ledger.connectors.formats.validation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Fixtures;
import bank.ledger.connectors.formats.model.ParsedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementValidatorTest {
    @Test
    void consistentStatementsChainWithoutIssues() throws Exception {
        assertThat(StatementValidator.validate(List.of(Fixtures.parse("mt/mt940_fin_quirks.sta")))).isEmpty();
    }

    @Test
    void balanceMismatchIsAnError() throws Exception {
        List<ValidationIssue> issues = StatementValidator.validate(List.of(Fixtures.parse("mt/mismatch.sta")));
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("BALANCE_MISMATCH");
            assertThat(i.message()).contains("105.00", "106.00");
        });
    }

    @Test
    void balanceMismatchCarriesTheBanksDifferenceAndItsWarningCode() throws Exception {
        ValidationIssue issue = StatementValidator.validate(List.of(Fixtures.parse("mt/mismatch.sta"))).get(0);
        assertThat(issue.differenceMinor()).isEqualTo(106_00L - 105_00L);
        assertThat(issue.warningCode()).isEqualTo("balanceMismatch");
    }

    @Test
    void brokenChainAndSequenceGap() throws Exception {
        List<ValidationIssue> issues = StatementValidator.validate(
                List.of(Fixtures.parse("camt/camt053.001.02_two_statements.xml")));
        assertThat(issues).extracting(ValidationIssue::code)
                .containsExactly("OPENING_NOT_PREVIOUS_CLOSING", "SEQUENCE_GAP");
        assertThat(issues.get(1).severity()).isEqualTo(ValidationIssue.Severity.WARNING);
    }

    @Test
    void chainsAcrossFilesAndPages() throws Exception {
        ParsedFile a = Fixtures.parse("mt/mt940_bare_multi.sta");
        assertThat(StatementValidator.validate(List.of(a))).isEmpty();
        ParsedFile quirks = Fixtures.parse("mt/mt940_fin_quirks.sta");
        // Given twice: the same statements again are a repetition, and the numbers go backwards.
        assertThat(StatementValidator.validate(List.of(quirks, quirks))).extracting(ValidationIssue::code)
                .contains("OPENING_NOT_PREVIOUS_CLOSING", "SEQUENCE_BACKWARDS");
    }

    @Test
    void statedTotalsAreChecked() throws Exception {
        assertThat(StatementValidator.validate(List.of(Fixtures.parse("mt/mt942_intraday.sta"),
                Fixtures.parse("camt/camt054.001.04_notification.xml")))).isEmpty();
    }
}
