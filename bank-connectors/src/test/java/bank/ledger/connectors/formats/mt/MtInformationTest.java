package bank.ledger.connectors.formats.mt;

import static bank.ledger.connectors.formats.mt.MtFiles.entry;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Entry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ":86:" information to the account owner in the layouts German, Polish and Dutch banks use, and free text. */
class MtInformationTest {
    private static final String LINE = ":61:2401020102D1,00NTRFNONREF\n:86:";

    @Nested
    class GermanSubfields {
        @Test
        void postingTextPrimaNotaRemittanceBankAccountAndNameAreSplitEvenWhenWrappedInsideAKey() throws Exception {
            Entry e = entry(LINE + "166?00SEPA-GUTSCHRIFT?109310?20EREF+E-1?21SVWZ+Rechnung 4711 vom?2\n"
                    + "2 02.01.?30COBADEFFXXX?31DE02120300000000202051?32Muster Handel GmbH ?33& Co. KG");
            assertThat(e.proprietaryCode()).isEqualTo("166");
            assertThat(e.endToEndId()).isEqualTo("E-1");
            assertThat(e.description()).isEqualTo("Rechnung 4711 vom 02.01.");
            assertThat(e.counterparty()).isEqualTo("Muster Handel GmbH & Co. KG");
            assertThat(e.counterpartyAccount()).isEqualTo("DE02120300000000202051");
        }

        @Test
        void aGermanBankCodeBeforeAnAccountNumberIsKeptWithIt() throws Exception {
            assertThat(entry(LINE + "020?00UEBERWEISUNG?20Miete?3037040044?310532013000").counterpartyAccount())
                    .isEqualTo("37040044/0532013000");
        }

        @Test
        void withoutRemittanceThePostingTextDescribesTheEntry() throws Exception {
            assertThat(entry(LINE + "805?00ABSCHLUSS?109999").description()).isEqualTo("ABSCHLUSS");
        }
    }

    @Nested
    class PolishSubfields {
        @ParameterizedTest
        @ValueSource(strings = {"^", "<", "~"})
        void caretAngleAndTildeSeparateSubfieldsAsQuestionMarksDo(String sep) throws Exception {
            Entry e = entry(LINE + "020" + sep + "00PRZELEW" + sep + "20Faktura 7" + sep + "21 z 2024" + sep
                    + "32FIRMA " + sep + "33SP. Z O.O." + sep + "38PL61109010140000071219812874");
            assertThat(e.description()).isEqualTo("Faktura 7 z 2024");
            assertThat(e.counterparty()).isEqualTo("FIRMA SP. Z O.O.");
            assertThat(e.counterpartyAccount()).as("the IBAN in 38").isEqualTo("PL61109010140000071219812874");
        }

        @Test
        void subfieldsMayStartWithoutTheThreeDigitCode() throws Exception {
            Entry e = entry(LINE + "^00PRZELEW^20Zwrot^32JAN TESTOWY");
            assertThat(e.description()).isEqualTo("Zwrot");
            assertThat(e.proprietaryCode()).isNull();
        }
    }

    @Nested
    class DutchKeywords {
        @Test
        void abnAmroKeywordsGiveTypeNameAccountRemittanceAndEndToEndIdAndSlashesInValuesStay() throws Exception {
            Entry e = entry(LINE + "/TRTP/SEPA OVERBOEKING/IBAN/NL44RABO0123456789/BIC/RABONL2U/NAME/Bakker\n"
                    + "ij Zuid/REMI/Factuur 12/2024/EREF/E-9");
            assertThat(e.proprietaryCode()).isEqualTo("SEPA OVERBOEKING");
            assertThat(e.counterpartyAccount()).isEqualTo("NL44RABO0123456789");
            assertThat(e.counterparty()).isEqualTo("Bakkerij Zuid");
            assertThat(e.description()).isEqualTo("Factuur 12/2024");
            assertThat(e.endToEndId()).isEqualTo("E-9");
        }

        @Test
        void ingsPositionalCounterpartyAndUnstructuredRemittanceAreRead() throws Exception {
            Entry e = entry(LINE + "/EREF/NOTPROVIDED//CNTP/NL20INGB0001234567/INGBNL2A/Jansen BV/Utrecht///REMI"
                    + "/USTD//Order 8/");
            assertThat(e.endToEndId()).as("NOTPROVIDED is none").isNull();
            assertThat(e.counterparty()).isEqualTo("Jansen BV");
            assertThat(e.counterpartyAccount()).isEqualTo("NL20INGB0001234567");
            assertThat(e.description()).isEqualTo("Order 8");
        }

        @Test
        void keywordsWithoutRemittanceDescribeTheEntryWithTheirWholeText() throws Exception {
            assertThat(entry(LINE + "/TRTP/SEPA Incasso/CSID/NL98ZZZ999999999999").description())
                    .isEqualTo("/TRTP/SEPA Incasso/CSID/NL98ZZZ999999999999");
        }
    }

    @Nested
    class FreeText {
        @Test
        void wrappedLinesJoinWithASpaceUnlessTheBankCutAFullWidthLine() throws Exception {
            String full = "x".repeat(61);
            assertThat(entry(LINE + "Card payment\nSHOP 12\n" + "y".repeat(65) + "\nz").description())
                    .isEqualTo("Card payment SHOP 12 " + "y".repeat(65) + "z");
            assertThat(entry(LINE + full + "\nmore").description()).as("the first line counts the tag")
                    .isEqualTo(full + "more");
        }

        @Test
        void aVeryLongTextOverManyLinesIsKeptWhole() throws Exception {
            String line = "word ".repeat(12).strip();
            assertThat(entry(LINE + (line + "\n").repeat(40).strip()).description())
                    .hasSize(40 * line.length() + 39).startsWith("word word").endsWith("word");
        }

        @Test
        void textThatMerelyStartsWithAQuestionMarkOrSlashStaysFreeText() throws Exception {
            assertThat(entry(LINE + "?ZV GIRO POST").description()).isEqualTo("?ZV GIRO POST");
            assertThat(entry(LINE + "/not a keyword/ at all").description()).isEqualTo("/not a keyword/ at all");
        }
    }
}
