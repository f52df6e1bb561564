package bank.ledger.projections.hot;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.projections.Json;
import bank.ledger.projections.hot.HotAccountProjection.HotFields;
import bank.ledger.projections.readmodel.AccountRow;
import bank.ledger.projections.readmodel.AccountTable;
import bank.ledger.projections.readmodel.HotAccountHash;
import bank.ledger.projections.readmodel.ReadModelJson;
import bank.ledger.projections.readmodel.RecentLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the hot-accounts projection writes, as plain values: the same event always gives the same fields. */
class HotFieldsTest {
    private static final Instant AT = Instant.parse("2026-03-31T10:00:00Z");
    private static final AccountBalanceChanged CHANGED = new AccountBalanceChanged("a", "je-1", "EUR",
            LocalDate.of(2026, 3, 31), new Balances(500, 0, 0, 0), new Balances(1500, 200, 0, 0), AT);

    @Test
    void an_opened_account_has_every_column_and_zero_totals() {
        Map<String, String> fields = HotFields.opened(new AccountOpened("a", "1000", "Cash", AccountType.ASSET, "EUR",
                new AccountFlags(true, false), Map.of("branch", "7"), AT));

        assertThat(fields).containsEntry("status", "OPEN").containsEntry("debits_posted", "0")
                .containsEntry("debits_must_not_exceed_credits", "true").containsEntry("opened_at", AT.toString())
                .containsEntry("metadata", "{\"branch\":\"7\"}");
        assertThat(fields).hasSize(AccountTable.COLUMNS.size() - 1).containsEntry("parent_account_id", "");
    }

    @Test
    void an_opened_account_with_its_last_sequence_is_a_complete_hash_that_reads_back_as_the_account() {
        Map<String, String> fields = new java.util.HashMap<>(HotFields.opened(new AccountOpened("a", "1000", "Cash",
                AccountType.ASSET, "EUR", new AccountFlags(true, false), Map.of("branch", "7"), AT)));
        fields.put(AccountTable.LAST_SEQUENCE, "0");

        AccountRow row = HotAccountHash.row(fields).orElseThrow();

        assertThat(row.metadata()).containsEntry("branch", "7");
        assertThat(row.parentAccountId()).isNull();
        assertThat(HotAccountHash.fields(row)).isEqualTo(fields);
    }

    @Test
    void instants_are_rounded_to_the_microseconds_postgresql_keeps_so_a_refill_writes_the_same_text() {
        assertThat(HotFields.status("FROZEN", Instant.parse("2026-03-31T10:00:00.123456789Z")))
                .containsEntry("updated_at", "2026-03-31T10:00:00.123457Z");
        assertThat(HotFields.status("FROZEN", Instant.parse("2026-03-31T10:00:00.123456499Z")))
                .containsEntry("updated_at", "2026-03-31T10:00:00.123456Z");
    }

    @Test
    void a_hash_missing_a_field_is_not_an_account() {
        assertThat(HotAccountHash.row(HotFields.totals(CHANGED))).isEmpty();
    }

    @Test
    void a_balance_change_sets_the_totals_after_it_not_the_change() {
        assertThat(HotFields.totals(CHANGED)).containsEntry("debits_posted", "1500").containsEntry("credits_posted", "200")
                .containsEntry("updated_at", AT.toString()).doesNotContainKey("status");
    }

    @Test
    void a_recent_line_is_the_same_text_each_time_so_a_replay_adds_nothing_and_the_query_side_reads_it() {
        assertThat(ReadModelJson.read(Json.write(HotFields.recentLine(CHANGED, 3)), RecentLine.class))
                .isEqualTo(HotFields.recentLine(CHANGED, 3));
        assertThat(Json.write(HotFields.recentLine(CHANGED, 3))).isEqualTo(Json.write(HotFields.recentLine(CHANGED, 3)))
                .isEqualTo("{\"sequence\":3,\"entryId\":\"je-1\",\"effectiveDate\":\"2026-03-31\","
                        + "\"recordedAt\":\"2026-03-31T10:00:00Z\",\"change\":{\"debitsPosted\":500,\"creditsPosted\":0,"
                        + "\"debitsPending\":0,\"creditsPending\":0},\"totals\":{\"debitsPosted\":1500,\"creditsPosted\":200,"
                        + "\"debitsPending\":0,\"creditsPending\":0}}");
    }
}
