package bank.ledger.connectors.formats.mt;

import static bank.ledger.connectors.formats.mt.MtFiles.codes;
import static bank.ledger.connectors.formats.mt.MtFiles.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.connectors.formats.detect.DetectedFormat;
import bank.ledger.connectors.formats.detect.FormatDetector;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How an MT file is cut into messages: envelopes, separators, line breaks, text around the messages. */
class MtFileStructureTest {
    private static final String ONE = ":20:A\n:25:DE89370400440532013000\n:28C:1\n:60F:C240102EUR1,\n:62F:C240102EUR1,\n";

    @Nested
    class SwiftEnvelopes {
        @Test
        void headerBlocksOnOneLineWithTheFirstFieldAfterBlockFourAreOneMessage() throws Exception {
            ParsedFile file = read("{1:F01INGBNL2ABXXX0000000000}{2:I940INGBNL2AXXXN}{3:{108:X}}{4::20:A\n"
                    + ONE.substring(6) + "-}{5:{CHK:1}}");
            assertThat(file.statements()).singleElement().satisfies(s -> {
                assertThat(s.statementId()).isEqualTo("A");
                assertThat(s.account().bic()).as("the input message's sender terminal").isEqualTo("INGBNL2AXXX");
            });
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void theNextMessagesHeaderMayFollowTheEndMarkOnTheSameLine() throws Exception {
            ParsedFile file = read("{1:F01X}{4:\n" + ONE + "-}{5:{CHK:1}}{1:F01X}{2:O9401200240102ABCDEFGHAXXX}{4:\n"
                    + ONE.replace(":20:A", ":20:B") + "-}");
            assertThat(file.statements()).extracting(Statement::statementId).containsExactly("A", "B");
            assertThat(file.statements().get(1).account().bic()).as("output message: sender in the MIR")
                    .isEqualTo("ABCDEFGHXXX");
        }

        @Test
        void aMessageTypeThatIsNoStatementIsSkippedWithAWarning() throws Exception {
            ParsedFile file = read(ONE + "-\n{1:F01X}{2:O1031200240102ABCDEFGHAXXX}{4:\n:20:PAY\n:32A:240102EUR1,\n-}");
            assertThat(file.statements()).hasSize(1);
            assertThat(codes(file.warnings())).containsExactly("unreadableMessage@7");
        }
    }

    @Nested
    class Separators {
        @ParameterizedTest
        @ValueSource(strings = {"-\n", "$\n", "\n\n", "", "-\n-\n\n"})
        void messagesMaySeparateByDashDollarBlankLinesOrNothing(String separator) throws Exception {
            ParsedFile file = read(ONE + separator + ONE.replace(":20:A", ":20:B"));
            assertThat(file.statements()).extracting(Statement::statementId).containsExactly("A", "B");
            assertThat(file.warnings()).isEmpty();
        }

        @Test
        void doubleAtSignsStandForLineBreaks() throws Exception {
            ParsedFile file = read(ONE.replace("\n", "@@"));
            assertThat(file.statements().get(0).closingBalance()).isNotNull();
        }

        @Test
        void sohAndEtxFrameMessages() throws Exception {
            ParsedFile file = read("\u0001" + ONE + "-}\u0003\u0001" + ONE.replace(":20:A", ":20:B") + "-}\u0003");
            assertThat(file.statements()).hasSize(2);
            assertThat(file.warnings()).isEmpty();
        }
    }

    @Nested
    class LineBreaks {
        @ParameterizedTest
        @ValueSource(strings = {"\r\n", "\r", "\n"})
        void crLfLoneCrAndLfAreEachOneLineBreak(String newline) throws Exception {
            Statement s = read((ONE + ":61:240102C1,NTRF\n:86:x\n").replace("\n", newline)).statements().get(0);
            assertThat(s.entries()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(6));
        }

        @Test
        void tabsAndTrailingSpacesAreNotPartOfValues() throws Exception {
            Statement s = read(":20:A \t\n:25:\tDE89370400440532013000  \n:28C:7 \n:60F:C240102EUR1,\t\n:62F:C240102EUR1,  \n")
                    .statements().get(0);
            assertThat(s.statementId()).isEqualTo("A");
            assertThat(s.account().iban()).isEqualTo("DE89370400440532013000");
            assertThat(s.sequence()).isEqualTo(7L);
            assertThat(s.warnings()).isEmpty();
        }
    }

    @Nested
    class TextAroundMessages {
        @Test
        void exportHeadersAndTrailersAreFlaggedWithTheirLines() throws Exception {
            ParsedFile file = read("ABNANL2A\n940\n" + ONE + "-\nEnd of file\n");
            assertThat(file.statements()).hasSize(1);
            assertThat(codes(file.warnings())).containsExactly("textOutsideMessage@1", "textOutsideMessage@2",
                    "textOutsideMessage@9");
            assertThat(file.warnings().get(2).message()).contains("End of file");
        }

        @Test
        void textAfterAOneLineFieldIsNotAppendedToIt() throws Exception {
            ParsedFile file = read(ONE + "ABNANL2A\n");
            assertThat(file.statements().get(0).closingBalance().amountMinor()).isEqualTo(100L);
            assertThat(codes(file.warnings())).containsExactly("unreadableLine@6");
        }

        @Test
        void aFileWithoutAnyReadableStatementIsRefusedWithTheReasons() {
            assertThatThrownBy(() -> read("Just a letter\n:20:X\n:61:nothing\n"))
                    .isInstanceOfSatisfying(StatementParseException.class, e ->
                            assertThat(e.errors()).singleElement().satisfies(error -> {
                                assertThat(error.line()).isEqualTo(2);
                                assertThat(error.message()).contains("no currency");
                            }));
            assertThatThrownBy(() -> read("no message here")).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("no MT940/MT942 message");
        }
    }

    @Nested
    class Encodings {
        @Test
        void windows1251CyrillicIsRecognisedAndFlagged() throws Exception {
            ParsedFile file = read((ONE + ":61:240102C1,NTRF\n:86:Оплата по договору аренды\n")
                    .getBytes(Charset.forName("windows-1251")));
            assertThat(file.statements().get(0).entries().get(0).description()).isEqualTo("Оплата по договору аренды");
            assertThat(file.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("legacyEncoding");
                assertThat(w.message()).contains("windows-1251");
            });
        }

        @Test
        void westernLegacyTextIsReadAsWindows1252() throws Exception {
            ParsedFile file = read((ONE + ":61:240102C1,NTRF\n:86:Müller Straße 5 €\n")
                    .getBytes(Charset.forName("windows-1252")));
            assertThat(file.statements().get(0).entries().get(0).description()).isEqualTo("Müller Straße 5 €");
            assertThat(codes(file.warnings())).containsExactly("legacyEncoding@0");
        }

        @Test
        void controlCharactersAreReplacedAndFlagged() throws Exception {
            ParsedFile file = read((ONE + ":61:240102C1,NTRF\n:86:a\u0000b\n").getBytes(StandardCharsets.UTF_8));
            assertThat(file.statements().get(0).entries().get(0).description()).isEqualTo("a\uFFFDb");
            assertThat(codes(file.warnings())).containsExactly("textReplaced@7");
        }
    }

    @Nested
    class Detection {
        @ParameterizedTest
        @ValueSource(strings = {"ABNANL2A\n940\nABNANL2A\n:20:X\n", ":940:\n:20:X\n", "Export\r\n  :25:NL91ABNA0417164300\r\n",
            "\u0001{1:F01X}{4:\n:20:X\n", ":20:X@@:25:Y@@", "{1:F01X}{2:I940X}{4::20:X"})
        void contentWithATagAfterExportHeadersIsMt(String head) {
            assertThat(FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8))).isEqualTo(DetectedFormat.MT);
        }

        @Test
        void plainTextIsNoMt() {
            assertThat(FormatDetector.detect("Date;Amount\n2024-01-02;1,00 :20: inside\n".getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(DetectedFormat.UNKNOWN);
        }
    }
}
