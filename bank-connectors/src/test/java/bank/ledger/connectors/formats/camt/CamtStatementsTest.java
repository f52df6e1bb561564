package bank.ledger.connectors.formats.camt;

import static bank.ledger.connectors.formats.camt.CamtXml.ACCT;
import static bank.ledger.connectors.formats.camt.CamtXml.bal;
import static bank.ledger.connectors.formats.camt.CamtXml.codes;
import static bank.ledger.connectors.formats.camt.CamtXml.eur;
import static bank.ledger.connectors.formats.camt.CamtXml.ntry;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Statements as banks write them: which balances open and close, accounts, statuses, reversals and dates. */
class CamtStatementsTest {
    private static Statement read(String... parts) throws Exception {
        return CamtXml.only(CamtXml.stmt(parts));
    }

    @Nested
    class Balances {
        @Test
        void opbd_and_clbd_open_and_close_without_warning() throws Exception {
            Statement s = read(ACCT, bal("OPBD", "1.00", "CRDT"), bal("CLAV", "9.00", "CRDT"), bal("CLBD", "2.00", "DBIT"));
            assertThat(s.openingBalance().signedMinor()).isEqualTo(100);
            assertThat(s.closingBalance().signedMinor()).isEqualTo(-200);
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        void prcd_stands_for_a_missing_opening_and_says_so() throws Exception {
            Statement s = read(ACCT, bal("PRCD", "1.00", "CRDT"), bal("CLBD", "2.00", "CRDT"));
            assertThat(s.openingBalance().amountMinor()).isEqualTo(100);
            assertThat(codes(s.warnings())).containsExactly(WarningCodes.BALANCE_SUBSTITUTED);
            assertThat(s.warnings().get(0).message()).contains("PRCD");
        }

        @Test
        void a_page_between_two_intermediate_balances_opens_with_the_first_and_closes_with_the_last() throws Exception {
            Statement s = read(ACCT, bal("ITBD", "1.00", "CRDT"), bal("ITBD", "3.00", "CRDT"));
            assertThat(s.openingBalance().amountMinor()).isEqualTo(100);
            assertThat(s.closingBalance().amountMinor()).isEqualTo(300);
        }

        @Test
        void a_lone_intermediate_balance_closes_an_intraday_report() throws Exception {
            Statement s = read(ACCT, bal("ITBD", "3.00", "CRDT"));
            assertThat(s.openingBalance()).isNull();
            assertThat(s.closingBalance().amountMinor()).isEqualTo(300);
        }

        @Test
        void available_balances_stand_in_only_without_booked_ones_and_are_flagged() throws Exception {
            Statement s = read(ACCT, bal("OPAV", "1.00", "CRDT"), bal("CLAV", "2.00", "CRDT"), bal("FWAV", "5.00", "CRDT"));
            assertThat(s.closingBalance().amountMinor()).isEqualTo(200);
            assertThat(codes(s.warnings())).containsExactly(WarningCodes.AVAILABLE_BALANCE_USED,
                    WarningCodes.AVAILABLE_BALANCE_USED);
        }

        @Test
        void a_balance_without_sub_type_wins_over_one_with() throws Exception {
            String withSubType = bal("CLBD", "7.00", "CRDT").replace("</CdOrPrtry>", "</CdOrPrtry><SubTp><Cd>INTM</Cd></SubTp>");
            Statement s = read(ACCT, withSubType, bal("CLBD", "2.00", "CRDT"));
            assertThat(s.closingBalance().amountMinor()).isEqualTo(200);
        }

        @Test
        void a_proprietary_balance_type_is_not_guessed() throws Exception {
            String proprietary = bal("X", "7.00", "CRDT").replace("<Cd>X</Cd>", "<Prtry>SALDO</Prtry>");
            Statement s = read(ACCT, proprietary, bal("CLBD", "2.00", "CRDT"));
            assertThat(codes(s.warnings())).containsExactly(WarningCodes.UNKNOWN_BALANCE_TYPE);
        }

        @Test
        void a_balance_in_another_currency_is_not_used() throws Exception {
            Statement s = read(ACCT, bal("CLBD", "2.00", "CRDT").replace("EUR", "USD"));
            assertThat(s.closingBalance()).isNull();
            assertThat(codes(s.warnings())).containsExactly(WarningCodes.BALANCE_SKIPPED);
        }
    }

    @Nested
    class Accounts {
        @Test
        void without_acct_ccy_the_currency_of_the_first_balance_is_taken_and_flagged() throws Exception {
            Statement s = read(ACCT.replace("<Ccy>EUR</Ccy>", ""), bal("OPBD", "1.00", "CRDT"));
            assertThat(s.currency()).isEqualTo("EUR");
            assertThat(codes(s.warnings())).containsExactly(WarningCodes.ACCOUNT_CURRENCY_INFERRED);
        }

        @Test
        void an_acct_ccy_that_is_no_iso_currency_gives_way_to_the_first_iso_currency_of_the_amounts() throws Exception {
            String bad = ACCT.replace("<Ccy>EUR</Ccy>", "<Ccy>EURO</Ccy>");
            Statement s = read(bad, bal("OPBD", "1.00", "CRDT").replace("EUR", "XYZ"), bal("CLBD", "1.00", "CRDT"));
            assertThat(s.currency()).isEqualTo("EUR");
            assertThat(s.warnings().get(0).message()).contains("EURO");
        }

        @Test
        void an_amount_without_ccy_is_in_the_accounts_currency() throws Exception {
            Entry e = read(ACCT, ntry("<Amt>4.00</Amt>", "CRDT", "")).entries().get(0);
            assertThat(e.amountMinor()).isEqualTo(400);
            assertThat(codes(e.warnings())).containsExactly(WarningCodes.AMOUNT_CURRENCY_MISSING);
        }

        @Test
        void a_statement_naming_no_account_is_read_and_flagged() throws Exception {
            Statement s = read("<Acct><Ccy>EUR</Ccy></Acct>", ntry(eur("1.00"), "CRDT", ""));
            assertThat(s.entries()).hasSize(1);
            assertThat(codes(s.warnings())).containsExactly(WarningCodes.ACCOUNT_MISSING);
        }
    }

    @Nested
    class StatusReversalAndDates {
        private Entry one(String amountCd, String more) throws Exception {
            return read(ACCT, "<Ntry>" + eur("1.00") + amountCd + more + "</Ntry>").entries().get(0);
        }

        @Test
        void status_as_text_or_as_code_choice_both_mean_booked() throws Exception {
            assertThat(one("<CdtDbtInd>CRDT</CdtDbtInd>", "<Sts>BOOK</Sts>").booked()).isTrue();
            assertThat(one("<CdtDbtInd>CRDT</CdtDbtInd>", "<Sts><Cd>BOOK</Cd></Sts>").booked()).isTrue();
            assertThat(one("<CdtDbtInd>CRDT</CdtDbtInd>", "<Sts><Cd>PDNG</Cd></Sts>").booked()).isFalse();
            assertThat(one("<CdtDbtInd>CRDT</CdtDbtInd>", "<Sts>INFO</Sts>").warnings()).isEmpty();
        }

        @Test
        void an_unknown_status_is_not_booked_and_a_missing_one_is_booked_both_flagged() throws Exception {
            Entry unknown = one("<CdtDbtInd>CRDT</CdtDbtInd>", "<Sts>BOOKED</Sts>");
            Entry missing = one("<CdtDbtInd>CRDT</CdtDbtInd>", "");
            assertThat(unknown.booked()).isFalse();
            assertThat(missing.booked()).isTrue();
            assertThat(codes(unknown.warnings())).containsExactly(WarningCodes.UNKNOWN_STATUS);
            assertThat(codes(missing.warnings())).containsExactly(WarningCodes.UNKNOWN_STATUS);
        }

        @Test
        void a_reversal_keeps_its_direction_on_the_account_and_takes_the_original_debtor() throws Exception {
            Entry e = one("<CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>", "<Sts>BOOK</Sts><NtryDtls><TxDtls>"
                    + "<RltdPties><Dbtr><Nm>Payer</Nm></Dbtr><Cdtr><Nm>Us</Nm></Cdtr></RltdPties></TxDtls></NtryDtls>");
            assertThat(e.reversal()).isTrue();
            assertThat(e.creditDebit()).isEqualTo(CreditDebit.DBIT);
            assertThat(e.counterparty()).isEqualTo("Payer");
        }

        @Test
        void a_date_time_gives_the_date_as_written_whatever_its_offset() throws Exception {
            Entry e = one("<CdtDbtInd>CRDT</CdtDbtInd>", "<Sts>BOOK</Sts><BookgDt><DtTm>2024-05-31T23:30:00-05:00</DtTm>"
                    + "</BookgDt><ValDt><Dt>2024-06-01+02:00</Dt></ValDt>");
            assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2024, 5, 31));
            assertThat(e.valueDate()).isEqualTo(LocalDate.of(2024, 6, 1));
        }

        @Test
        void a_date_not_in_the_calendar_takes_the_statements_date_and_keeps_the_raw_text_in_the_warning() throws Exception {
            Entry e = one("<CdtDbtInd>CRDT</CdtDbtInd>", "<Sts>BOOK</Sts><BookgDt><Dt>2024-02-30</Dt></BookgDt>");
            assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2024, 5, 31));
            assertThat(codes(e.warnings())).containsExactly(WarningCodes.INVALID_DATE);
            assertThat(e.warnings().get(0).message()).contains("2024-02-30");
        }
    }
}
