package bank.ledger.connectors.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatementKeysTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static Statement statement(String format, String id, long closing, String reference) {
        Entry entry = new Entry(closing, CreditDebit.CRDT, DAY, DAY, reference, null, null, null, null, null, false, null,
                null, true);
        return new Statement(format, new Account("DE02100100109307118603", null, null), "EUR", id, 1L, null,
                Balance.ofSigned(0, DAY), Balance.ofSigned(closing, DAY), null, List.of(entry));
    }

    static String key(Statement statement) {
        return StatementKeys.key(statement, StatementKeys.contentDigest(statement));
    }

    @Test
    void the_same_statement_parsed_twice_has_the_same_key_and_digest() {
        assertThat(key(statement("camt.053.001.08", "S1", 100, "R"))).isEqualTo(key(statement("camt.053.001.08", "S1", 100, "R")));
    }

    @Test
    void another_version_of_the_same_message_type_is_the_same_statement() {
        assertThat(key(statement("camt.053.001.02", "S1", 100, "R"))).isEqualTo(key(statement("camt.053.001.08", "S1", 100, "R")));
    }

    @Test
    void intraday_and_end_of_day_messages_with_one_id_are_different_statements() {
        assertThat(key(statement("camt.052.001.08", "S1", 100, "R"))).isNotEqualTo(key(statement("camt.053.001.08", "S1", 100, "R")));
    }

    @Test
    void other_lines_under_the_same_id_keep_the_key_but_change_the_digest() {
        Statement first = statement("camt.053.001.08", "S1", 100, "R");
        Statement changed = statement("camt.053.001.08", "S1", 100, "R-other");

        assertThat(key(changed)).isEqualTo(key(first));
        assertThat(StatementKeys.contentDigest(changed)).isNotEqualTo(StatementKeys.contentDigest(first));
    }

    @Test
    void a_statement_without_an_id_is_known_by_its_content() {
        assertThat(key(statement("csv:generic", null, 100, "R"))).isNotEqualTo(key(statement("csv:generic", null, 100, "R2")));
    }

    @Test
    void the_message_type_drops_the_camt_version() {
        assertThat(StatementKeys.messageType("camt.052.001.13")).isEqualTo("camt.052");
        assertThat(StatementKeys.messageType("MT940")).isEqualTo("MT940");
        assertThat(StatementKeys.messageType("csv:de-bank")).isEqualTo("csv");
    }

    @org.junit.jupiter.api.Nested
    class DigestAcrossTheModelsChange {
        /** The entry as it was before issue 13 added fields: its record text is what digests were made of. */
        record Entry(long amountMinor, CreditDebit creditDebit, LocalDate bookingDate, LocalDate valueDate,
                     String reference, String customerReference, String endToEndId, String counterparty,
                     String counterpartyAccount, String description, boolean reversal, String bankTransactionCode,
                     String proprietaryCode, boolean booked) {
        }

        @Test
        void an_entry_without_the_new_fields_is_digested_as_before_so_a_statement_delivered_again_is_a_duplicate() {
            var now = new bank.ledger.connectors.formats.model.Entry(1_050, CreditDebit.DBIT, DAY, DAY.plusDays(1), "R", "C",
                    "E2E", "Payee", "DE89370400440532013000", "text", true, "PMNT/ICDT/ESCT", "116", true, 42, null, null,
                    List.of(), List.of(), List.of(new bank.ledger.connectors.formats.model.Warning("invalidDate", 42, "x")));
            Entry before = new Entry(1_050, CreditDebit.DBIT, DAY, DAY.plusDays(1), "R", "C", "E2E", "Payee",
                    "DE89370400440532013000", "text", true, "PMNT/ICDT/ESCT", "116", true);

            assertThat(StatementKeys.digestText(now)).isEqualTo(before.toString());
        }

        @Test
        void the_exact_amount_and_own_currency_count_when_the_entry_has_them() {
            var inEur = new bank.ledger.connectors.formats.model.Entry(1_000, CreditDebit.CRDT, DAY, DAY, "R", null, null,
                    null, null, null, false, null, null, true, 3, new java.math.BigDecimal("10.005"), null, List.of(),
                    List.of(), List.of());
            var other = new bank.ledger.connectors.formats.model.Entry(1_000, CreditDebit.CRDT, DAY, DAY, "R", null, null,
                    null, null, null, false, null, null, true, 3, new java.math.BigDecimal("10.004"), null, List.of(),
                    List.of(), List.of());

            assertThat(StatementKeys.digestText(inEur)).endsWith("booked=true, amount=10.005]")
                    .isNotEqualTo(StatementKeys.digestText(other));
        }
    }
}
