package bank.ledger.connectors.formats.mt;

import static bank.ledger.connectors.formats.mt.MtFiles.codes;
import static bank.ledger.connectors.formats.mt.MtFiles.entry;
import static bank.ledger.connectors.formats.mt.MtFiles.statement;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ":61:" statement lines as banks write them. */
class MtStatementLineTest {
    @Nested
    class EntryDates {
        @ParameterizedTest
        @CsvSource({"':61:240105C1,NTRF', 2024-01-05", "':61:240105    C1,NTRF', 2024-01-05",
            "':61:2401050108C1,NTRF', 2024-01-08", "':61:2312290102C1,NTRF', 2024-01-02",
            "':61:2401021229C1,NTRF', 2023-12-29"})
        void aMissingOrBlankEntryDateIsTheValueDateAndAPresentOneTakesTheNearestYear(String line, LocalDate booking)
                throws Exception {
            Entry e = entry(line);
            assertThat(e.bookingDate()).isEqualTo(booking);
            assertThat(e.warnings()).isEmpty();
        }

        @Test
        void aValueDateNotInTheCalendarTakesTheStatementsDateAndKeepsTheRawTextInTheWarning() throws Exception {
            Statement s = statement(":61:240231C1,NTRF", "C240229EUR100,01");
            Entry e = s.entries().get(0);
            assertThat(e.valueDate()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(e.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("invalidDate");
                assertThat(w.line()).isEqualTo(5);
                assertThat(w.message()).contains("240231");
            });
        }
    }

    @Nested
    class Marks {
        @ParameterizedTest
        @CsvSource({"C, CRDT, false, true", "D, DBIT, false, true", "RC, DBIT, true, true", "RD, CRDT, true, true",
            "CR, CRDT, false, true", "RDR, CRDT, true, true", "EC, CRDT, false, false", "ED, DBIT, false, false"})
        void eachMarkActsOnTheAccountAsItsMeaningSays(String mark, CreditDebit direction, boolean reversal,
                                                     boolean booked) throws Exception {
            Entry e = entry(":61:2401020102" + mark + "5,NTRFNONREF");
            assertThat(e.creditDebit()).isEqualTo(direction);
            assertThat(e.reversal()).isEqualTo(reversal);
            assertThat(e.booked()).as("EC/ED are expected, not booked").isEqualTo(booked);
            assertThat(e.amountMinor()).isEqualTo(500L);
        }
    }

    @Nested
    class Amounts {
        @ParameterizedTest
        @CsvSource({"'123,', 12300", "'123,4', 12340", "'000123,45', 12345", "' 1 234,5', 123450", "'0,', 0"})
        void amountsAreReadExactlyWithOrWithoutDecimalsZerosAndSpaces(String amount, long minor) throws Exception {
            Entry e = entry(":61:2401020102C" + amount + "NTRFNONREF");
            assertThat(e.amountMinor()).isEqualTo(minor);
            assertThat(e.amount()).isNull();
            assertThat(e.warnings()).isEmpty();
        }

        @Test
        void moreDecimalsThanTheCurrencyHasAreKeptExactlyAndFlagged() throws Exception {
            Entry e = entry(":61:2401020102C1,005NTRF");
            assertThat(e.amount()).isEqualByComparingTo("1.005");
            assertThat(e.amountMinor()).as("half-even").isEqualTo(100L);
            assertThat(codes(e.warnings())).containsExactly("excessDecimals@5");
        }
    }

    @Nested
    class TypesAndReferences {
        @ParameterizedTest
        @CsvSource({"NTRF", "NMSC", "N051", "FMSC", "S103", "NCHK"})
        void anyTypeOfLetterAndThreeCharactersIsTheTransactionType(String type) throws Exception {
            assertThat(entry(":61:2401020102D1,00" + type + "REF1").bankTransactionCode()).isEqualTo(type);
        }

        @ParameterizedTest
        @CsvSource({"':61:2401020102D1,00NONREF//B1', , B1", "':61:2401020102D1,00//B2', , B2",
            "':61:2401020102D1,00', , "})
        void aMissingTypeIsFlaggedAndTheReferencesStillRead(String line, String customer, String bank)
                throws Exception {
            Entry e = entry(line);
            assertThat(e.bankTransactionCode()).isNull();
            assertThat(e.customerReference()).isEqualTo(customer);
            assertThat(e.reference()).isEqualTo(bank);
            assertThat(codes(e.warnings())).containsExactly("missingTransactionType@5");
        }

        @Test
        void nonrefIsNoReferenceAndTheBankReferenceFollowsTheDoubleSlash() throws Exception {
            Entry e = entry(":61:2401020102D1,00NTRFNONREF//BANK 4711 X");
            assertThat(e.customerReference()).isNull();
            assertThat(e.reference()).isEqualTo("BANK 4711 X");
        }

        @Test
        void theSupplementaryDetailsLineIsTheDescriptionWhenNoInformationFollows() throws Exception {
            Entry e = entry(":61:2401020102D1,00NTRFKD-1//B\nCard payment shop 12");
            assertThat(e.customerReference()).isEqualTo("KD-1");
            assertThat(e.description()).isEqualTo("Card payment shop 12");
        }

        @Test
        void ingsSupplementaryTransactionCodeIsTheProprietaryCode() throws Exception {
            assertThat(entry(":61:2401020102D1,00NTRFEREF//B\n/TRCD/00100/").proprietaryCode()).isEqualTo("00100");
        }
    }

    @Nested
    class UnreadableLines {
        @Test
        void aLineThatIsNoEntryIsFlaggedAndSoIsItsInformation() throws Exception {
            Statement s = statement(":61:garbage\n:86:about the garbage\n:61:240102C1,NTRF\n:86:kept", "C240102EUR101,00");
            assertThat(s.entries()).singleElement().satisfies(e -> assertThat(e.description()).isEqualTo("kept"));
            assertThat(codes(s.warnings())).containsExactly("unreadableLine@5", "unreadableLine@6");
            assertThat(s.warnings().get(0).message()).contains("garbage");
        }
    }
}
