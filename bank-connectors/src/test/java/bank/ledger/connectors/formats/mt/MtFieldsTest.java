package bank.ledger.connectors.formats.mt;

import static bank.ledger.connectors.formats.mt.MtFiles.codes;
import static bank.ledger.connectors.formats.mt.MtFiles.read;
import static bank.ledger.connectors.formats.mt.MtFiles.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fields around the entries: account, numbers, balances, MT942 fields, and fields MT940 does not have. */
class MtFieldsTest {
    @Nested
    class Accounts {
        @ParameterizedTest
        @CsvSource({"NL69INGB0123456789EUR, NL69INGB0123456789, , ", "/PL61109010140000071219812874, PL61109010140000071219812874, , ",
            "NL91 ABNA 0417 1643 00, NL91ABNA0417164300, , ", "COBADEFFXXX/DE89370400440532013000, DE89370400440532013000, , COBADEFFXXX",
            "37040044/0532013000, , 37040044/0532013000, ", "40702810900000012345, , 40702810900000012345, "})
        void theAccountIsReadInEachFormBanksUse(String field, String iban, String number, String bic) throws Exception {
            Statement s = read(":20:A\n:25:" + field + "\n:28C:1\n:60F:C240102EUR1,\n:62F:C240102EUR1,\n").statements().get(0);
            assertThat(s.account()).isEqualTo(new Account(iban, number, bic));
        }
    }

    @Nested
    class Balances {
        @Test
        void intermediateBalancesOpenAndClosePagesOfOneStatement() throws Exception {
            Statement s = read(":20:A\n:25:DE89370400440532013000\n:28C:5/2\n:60M:C240102EUR1,\n:62M:D240102EUR2,\n")
                    .statements().get(0);
            assertThat(s.page()).isEqualTo(2);
            assertThat(s.openingBalance().signedMinor()).isEqualTo(100L);
            assertThat(s.closingBalance().signedMinor()).isEqualTo(-200L);
        }

        @Test
        void availableAndForwardBalancesAreFlaggedNotRefused() throws Exception {
            Statement s = statement("", "C240102EUR100,00\n:64:C240102EUR90,00\n:65:C240103EUR90,00\n:65:C240104EUR90,00");
            assertThat(codes(s.warnings())).containsExactly("availableBalance@7", "availableBalance@8", "availableBalance@9");
            assertThat(s.warnings().get(1).message()).contains("C240103EUR90,00");
        }

        @Test
        void aBalanceDateNotInTheCalendarTakesTheStatementsDate() throws Exception {
            Statement s = statement(":13D:2401031200+0100", "C240230EUR100,00");
            assertThat(s.closingBalance().date()).as("from :13D:").isEqualTo(LocalDate.of(2024, 1, 3));
            assertThat(codes(s.warnings())).containsExactly("invalidDate@6");
        }

        @Test
        void aBalanceInAnotherCurrencyIsFlaggedAndNotUsed() throws Exception {
            Statement s = statement("", "C240102USD100,00");
            assertThat(s.closingBalance()).isNull();
            assertThat(codes(s.warnings())).containsExactly("currencyMismatch@6");
        }

        @Test
        void aRepeatedBalanceKeepsTheFirst() throws Exception {
            Statement s = statement(":60F:C240102EUR999,00", "C240102EUR100,00");
            assertThat(s.openingBalance().amountMinor()).isEqualTo(10_000L);
            assertThat(codes(s.warnings())).containsExactly("repeatedField@5");
        }
    }

    @Nested
    class Currencies {
        @ParameterizedTest
        @CsvSource({"JPY, '1500,', 1500", "KWD, '1,250', 1250", "KWD, '1,25', 1250", "EUR, '1,5', 150"})
        void amountsHaveTheirCurrencysDecimals(String currency, String amount, long minor) throws Exception {
            Statement s = read(":20:A\n:25:X\n:28C:1\n:60F:C240102" + currency + amount + "\n:62F:C240102" + currency
                    + amount + "\n").statements().get(0);
            assertThat(s.openingBalance().amountMinor()).isEqualTo(minor);
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        void aWithdrawnCurrencyIsReadAndFlaggedOnce() throws Exception {
            Statement s = read(":20:A\n:25:X\n:28C:1\n:60F:C240102RUR1,\n:61:240102C1,NTRF\n:62F:C240102RUR2,\n")
                    .statements().get(0);
            assertThat(s.currency()).isEqualTo("RUR");
            assertThat(s.closingBalance().amountMinor()).isEqualTo(200L);
            assertThat(codes(s.warnings())).containsExactly("unknownCurrency@4");
            assertThat(s.entries().get(0).warnings()).isEmpty();
        }
    }

    @Nested
    class InterimReports {
        @Test
        void anMt942WithoutBalancesHasFloorLimitDateAndTotals() throws Exception {
            Statement s = read(":20:R\n:25:DE89370400440532013000\n:28C:3\n:34F:EURD5,\n:34F:EURC10,\n:13D:2401021130+0100\n"
                    + ":61:240102C500,NTRF\n:90D:0EUR0,\n:90C:1EUR500,\n").statements().get(0);
            assertThat(s.format()).isEqualTo("MT942");
            assertThat(s.openingBalance()).isNull();
            assertThat(s.closingBalance()).isNull();
            assertThat(s.totals().creditMinor()).isEqualTo(50_000L);
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        void theCurrencyMayComeFromTheAccountSuffixAlone() throws Exception {
            Statement s = read(":20:R\n:25:NL69INGB0123456789EUR\n:28C:3\n:61:240102C5,NTRF\n").statements().get(0);
            assertThat(s.currency()).isEqualTo("EUR");
            assertThat(s.entries().get(0).amountMinor()).isEqualTo(500L);
        }
    }

    @Nested
    class FieldsOutsideTheStandard {
        @Test
        void unknownFieldsAreFlaggedWithTheirLineAndDoNotDetachInformationFromItsEntry() throws Exception {
            Statement s = statement(":12:940\n:26:X\n:61:240102C1,NTRF\n:NS:22extra\n:86:belongs to the entry",
                    "C240102EUR101,00");
            assertThat(codes(s.warnings())).containsExactly("unknownField@5", "unknownField@6", "unknownField@8");
            assertThat(s.entries().get(0).description()).isEqualTo("belongs to the entry");
        }

        @Test
        void informationAfterTheBalancesIsStatementText() throws Exception {
            Statement s = statement("", "C240102EUR100,00\n:86:/SUM/0/0/0,/0,/");
            assertThat(codes(s.warnings())).containsExactly("statementText@7");
        }

        @Test
        void missingMandatoryFieldsAreFlaggedAndTheStatementIsStillRead() throws Exception {
            Statement s = read(":20:A\n:60F:C240102EUR1,\n:61:240102C1,NTRF\n").statements().get(0);
            assertThat(s.warnings()).extracting(w -> w.message().replaceAll(".*lacks ", ""))
                    .containsExactly(":25:", ":28C:", ":62F:; the statement is unproven");
            assertThat(s.entries()).hasSize(1);
        }

        @ParameterizedTest
        @CsvSource({"'00123/001', 123, 1", "'0', 0, ", "'24001', 24001, "})
        void statementNumbersAndPagesAreReadWithLeadingZeros(String field, Long number, Integer page) throws Exception {
            Statement s = read(":20:A\n:25:X\n:28C:" + field + "\n:60F:C240102EUR1,\n:62F:C240102EUR1,\n").statements().get(0);
            assertThat(s.sequence()).isEqualTo(number);
            assertThat(s.page()).isEqualTo(page);
        }

        @Test
        void aStatementNumberThatIsNoNumberIsFlagged() throws Exception {
            Statement s = read(":20:A\n:25:X\n:28C:ABC\n:60F:C240102EUR1,\n:62F:C240102EUR1,\n").statements().get(0);
            assertThat(s.sequence()).isNull();
            assertThat(codes(s.warnings())).containsExactly("unreadableLine@3");
        }
    }

    @Test
    void theEntryLimitStillRefusesTheFile() {
        byte[] content = (MtFiles.HEAD + ":61:240102C1,NTRF\n:61:240102C1,NTRF\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new MtParser(ParseLimits.defaults().withMaxEntriesPerStatement(1)).parse("x", content))
                .isInstanceOf(StatementParseException.class).hasMessageContaining("more than 1 entries");
    }

    @ParameterizedTest
    @CsvSource({"'\n-\n', 3", "'@@-@@', 3", "'\u0003\u0001', 3"})
    void theStatementLimitRefusesTheFileHoweverTheMessagesAreSeparated(String separator, int max) {
        String one = ":20:A\n:25:X\n:28C:1\n:60F:C240102EUR1,\n:62F:C240102EUR1,".replace("\n", separator.contains("@") ? "@@" : "\n");
        byte[] content = (one + separator).repeat(100_000).getBytes(StandardCharsets.UTF_8);
        ParseLimits limits = new ParseLimits(ParseLimits.DEFAULT_MAX_FILE_BYTES, max, 10, 100);
        assertThatThrownBy(() -> new MtParser(limits).parse("x", content))
                .isInstanceOf(StatementParseException.class).hasMessageContaining("more than 3 statements");
    }
}
