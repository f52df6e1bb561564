package bank.ledger.connectors.formats.camt;

import static bank.ledger.connectors.formats.camt.CamtXml.ACCT;
import static bank.ledger.connectors.formats.camt.CamtXml.codes;
import static bank.ledger.connectors.formats.camt.CamtXml.eur;
import static bank.ledger.connectors.formats.camt.CamtXml.ntry;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Entries as banks write them: foreign amounts, batches, odd amounts, statuses and dates. */
class CamtEntriesTest {
    private static Entry entry(String ntry) throws Exception {
        return CamtXml.only(CamtXml.stmt(ACCT, ntry)).entries().get(0);
    }

    private static String usd(String amount) {
        return "<Amt Ccy=\"USD\">" + amount + "</Amt>";
    }

    @Nested
    class ForeignCurrency {
        private static final String RATE = "<CcyXchg><SrcCcy>USD</SrcCcy><TrgtCcy>EUR</TrgtCcy><XchgRate>0.9</XchgRate></CcyXchg>";

        @Test
        void an_amount_in_another_currency_takes_its_counter_value_in_the_accounts_currency() throws Exception {
            Entry e = entry(ntry(usd("100.00"), "DBIT", "<AmtDtls><InstdAmt>" + usd("100.00") + "</InstdAmt><CntrValAmt>"
                    + eur("90.00") + RATE + "</CntrValAmt></AmtDtls>"));
            assertThat(e.amountMinor()).isEqualTo(9000);
            assertThat(e.amount()).isEqualByComparingTo("100.00");
            assertThat(e.currency()).isEqualTo("USD");
            assertThat(e.amountDetails()).extracting(Entry.AmountDetail::kind).containsExactly("instructed", "counterValue");
            assertThat(e.amountDetails().get(1).exchangeRate()).isEqualByComparingTo("0.9");
            assertThat(codes(e.warnings())).containsExactly(WarningCodes.FOREIGN_CURRENCY);
        }

        @Test
        void the_counter_value_is_preferred_to_a_transaction_amount_in_the_accounts_currency() throws Exception {
            Entry e = entry(ntry(usd("100.00"), "DBIT", "<AmtDtls><TxAmt>" + eur("91.00") + "</TxAmt><CntrValAmt>"
                    + eur("90.00") + "</CntrValAmt></AmtDtls>"));
            assertThat(e.amountMinor()).isEqualTo(9000);
        }

        @Test
        void without_any_amount_in_the_accounts_currency_the_account_amount_is_zero_and_loudly_flagged() throws Exception {
            Entry e = entry(ntry(usd("100.00"), "CRDT", "<AmtDtls><TxAmt>" + usd("100.00") + "</TxAmt></AmtDtls>"));
            assertThat(e.amountMinor()).isZero();
            assertThat(e.amount()).isEqualByComparingTo("100.00");
            assertThat(codes(e.warnings())).containsExactly(WarningCodes.NO_ACCOUNT_AMOUNT);
            assertThat(e.warnings().get(0).message()).contains("100.00 USD", "EUR", "0");
        }

        @Test
        void an_fx_payment_booked_in_the_accounts_currency_keeps_its_instructed_amount_without_warning() throws Exception {
            Entry e = entry(ntry(eur("90.00"), "DBIT", "<AmtDtls><InstdAmt>" + usd("100.00") + RATE + "</InstdAmt></AmtDtls>"));
            assertThat(e.amountMinor()).isEqualTo(9000);
            assertThat(e.currency()).isNull();
            assertThat(e.amountDetails().get(0).sourceCurrency()).isEqualTo("USD");
            assertThat(e.warnings()).isEmpty();
        }
    }

    @Nested
    class Batches {
        private static String tx(String amount, String e2e, String name) {
            return "<TxDtls><Refs><EndToEndId>" + e2e + "</EndToEndId></Refs><Amt Ccy=\"EUR\">" + amount + "</Amt>"
                    + "<RltdPties><Dbtr><Pty><Nm>" + name + "</Nm></Pty></Dbtr></RltdPties></TxDtls>";
        }

        @Test
        void a_batch_is_one_entry_whose_transactions_are_kept_as_details() throws Exception {
            Entry e = entry(ntry(eur("30.00"), "CRDT", "<NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>" + tx("10.00", "A", "Ann")
                    + tx("20.00", "B", "Bob") + "</NtryDtls><AddtlNtryInf>Sammler</AddtlNtryInf>"));
            assertThat(e.amountMinor()).isEqualTo(3000);
            assertThat(e.endToEndId()).isNull();
            assertThat(e.description()).isEqualTo("Sammler");
            assertThat(e.details()).extracting(Entry.EntryDetail::endToEndId).containsExactly("A", "B");
            assertThat(e.details()).extracting(Entry.EntryDetail::counterparty).containsExactly("Ann", "Bob");
            assertThat(e.warnings()).isEmpty();
        }

        @Test
        void a_single_transaction_describes_the_entry_itself() throws Exception {
            Entry e = entry(ntry(eur("10.00"), "CRDT", "<NtryDtls>" + tx("10.00", "A", "Ann") + "</NtryDtls>"));
            assertThat(e.endToEndId()).isEqualTo("A");
            assertThat(e.counterparty()).isEqualTo("Ann");
            assertThat(e.details()).isEmpty();
        }

        @Test
        void transactions_that_do_not_add_up_or_a_wrong_stated_count_are_flagged_never_corrected() throws Exception {
            Entry e = entry(ntry(eur("31.00"), "CRDT", "<NtryDtls><Btch><NbOfTxs>3</NbOfTxs></Btch>" + tx("10.00", "A", "Ann")
                    + tx("20.00", "B", "Bob") + "</NtryDtls>"));
            assertThat(e.amountMinor()).isEqualTo(3100);
            assertThat(codes(e.warnings())).containsExactly(WarningCodes.BATCH_MISMATCH, WarningCodes.BATCH_MISMATCH);
        }
    }

    @Nested
    class Amounts {
        @Test
        void five_decimals_are_kept_exactly_and_the_balance_uses_them_rounded_half_even() throws Exception {
            Entry e = entry(ntry(eur("10.12500"), "CRDT", ""));
            assertThat(e.amount()).isEqualByComparingTo(new BigDecimal("10.125"));
            assertThat(e.amountMinor()).isEqualTo(1012);
            assertThat(codes(e.warnings())).containsExactly(WarningCodes.EXCESS_DECIMALS);
        }

        @Test
        void trailing_zero_decimals_are_no_excess() throws Exception {
            Entry e = entry(ntry(eur("10.10000"), "CRDT", ""));
            assertThat(e.amount()).isNull();
            assertThat(e.amountMinor()).isEqualTo(1010);
            assertThat(e.warnings()).isEmpty();
        }

        @Test
        void kwd_keeps_three_decimals_and_flags_a_fourth() throws Exception {
            String kwd = ACCT.replace("EUR", "KWD");
            Statement s = CamtXml.only(CamtXml.stmt(kwd, ntry("<Amt Ccy=\"KWD\">1.250</Amt>", "CRDT", ""),
                    ntry("<Amt Ccy=\"KWD\">1.00055</Amt>", "CRDT", "")));
            assertThat(s.entries()).extracting(Entry::amountMinor).containsExactly(1250L, 1001L);
            assertThat(s.entries().get(1).amount()).isEqualByComparingTo("1.00055");
        }

        @Test
        void a_negative_amount_turns_the_direction_round_and_is_flagged() throws Exception {
            Entry e = entry(ntry(eur("-5.00"), "CRDT", ""));
            assertThat(e.creditDebit()).isEqualTo(CreditDebit.DBIT);
            assertThat(e.amountMinor()).isEqualTo(500);
            assertThat(codes(e.warnings())).containsExactly(WarningCodes.NEGATIVE_AMOUNT);
        }

        @Test
        void a_decimal_comma_is_read_as_the_decimal_mark_and_flagged() throws Exception {
            Entry e = entry(ntry(eur("5,25"), "CRDT", ""));
            assertThat(e.amountMinor()).isEqualTo(525);
            assertThat(codes(e.warnings())).containsExactly(WarningCodes.DECIMAL_COMMA);
        }

        @Test
        void an_entry_without_a_readable_amount_or_direction_is_skipped_with_a_statement_warning_at_its_line()
                throws Exception {
            Statement s = CamtXml.only(CamtXml.stmt(ACCT, ntry(eur("1.2.3"), "CRDT", ""), ntry(eur("1.00"), "CREDIT", ""),
                    ntry(eur("1.00"), "DBIT", "")));
            assertThat(s.entries()).hasSize(1);
            assertThat(s.warnings()).extracting(w -> w.code() + "@" + w.line())
                    .containsExactly(WarningCodes.ENTRY_SKIPPED + "@6", WarningCodes.ENTRY_SKIPPED + "@7");
        }
    }
}
