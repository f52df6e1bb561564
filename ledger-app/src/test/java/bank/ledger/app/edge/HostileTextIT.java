package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, items 1, 7, 9 and 11 over HTTP: text the store cannot hold, ids that would not round-trip,
 * values of the wrong JSON type and dates outside the calendar are refused with 400, a stable code and
 * the field, and nothing is stored under the attacked request's id.
 */
class HostileTextIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    private String cash;
    private String sales;
    private String token;

    @BeforeEach
    void accounts() {
        cash = openAccount("ASSET", "EUR", Map.of());
        sales = openAccount("INCOME", "EUR", Map.of());
        token = UUID.randomUUID().toString();
    }

    /** A journal entry body as raw JSON, so that the attacks can use JSON escapes and wrong types. */
    private String entryJson(String idJson, String extra, String sideJson, String amountJson) {
        return "{\"id\":" + idJson + extra + ",\"postings\":[{\"accountId\":\"" + cash + "\",\"side\":" + sideJson
                + ",\"amount\":" + amountJson + "},{\"accountId\":\"" + sales + "\",\"side\":\"CREDIT\",\"amount\":\"1.00\"}]}";
    }

    private String entryJson(String extra) {
        return entryJson("\"e-" + token + "\"", extra, "\"DEBIT\"", "\"1.00\"");
    }

    /** Nothing under this request's token: no reserved id, no event, no account code. */
    private void assertNothingStored() {
        String like = "%" + token + "%";
        assertThat(jdbc.queryForObject("select count(*) from ledger_identity where id like ?", Long.class, like))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier like ?",
                Long.class, like)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ledger_account_code where code like ?", Long.class, like))
                .isZero();
    }

    private void refused(String path, String json, String code, String field) {
        assertProblem(api.post(path, json), 400, code, field);
        assertNothingStored();
    }

    @Nested
    class Text_the_store_cannot_hold {
        @Test
        void u0000_in_a_description_is_invalidText() {
            refused("/api/v1/journal-entries", entryJson(",\"description\":\"a\\u0000b\""), "invalidText",
                    "description");
        }

        @Test
        void an_unpaired_surrogate_in_a_description_is_invalidText() {
            refused("/api/v1/journal-entries", entryJson(",\"description\":\"a\\ud800b\""), "invalidText",
                    "description");
        }

        @Test
        void u0000_in_a_metadata_value_or_key_is_invalidText_naming_the_entry() {
            refused("/api/v1/journal-entries", entryJson(",\"metadata\":{\"note\":\"a\\u0000b\"}"), "invalidText",
                    "metadata.note");
            refused("/api/v1/journal-entries", entryJson(",\"metadata\":{\"no\\u0000te\":\"v\"}"), "invalidText",
                    "metadata.no\uFFFDte");
        }

        @Test
        void u0000_or_a_line_break_in_an_account_name_is_invalidText() {
            String account = "{\"id\":\"acc-" + token + "\",\"code\":\"C-" + token
                    + "\",\"type\":\"ASSET\",\"currency\":\"EUR\",\"name\":";
            refused("/api/v1/accounts", account + "\"Cash\\u0000\"}", "invalidText", "name");
            refused("/api/v1/accounts", account + "\"Cash\\nat bank\"}", "invalidText", "name");
        }

        @Test
        void line_breaks_and_tabs_in_a_description_are_kept() {
            Api.Response posted = api.post("/api/v1/journal-entries", entryJson(",\"description\":\"line 1\\nline 2\\tend\""));
            assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
            assertThat(posted.text("description")).isEqualTo("line 1\nline 2\tend");
        }
    }

    @Nested
    class Ids {
        @Test
        void ids_with_a_space_quote_backslash_or_newline_are_invalidId_before_anything_is_written() {
            for (String bad : List.of(" x", "\\\"x", "\\\\x", "\\nx", "/x")) {
                String id = "\"e-" + token + bad + "\"";
                refused("/api/v1/journal-entries", entryJson(id, "", "\"DEBIT\"", "\"1.00\""), "invalidId", "id");
                refused("/api/v1/accounts", "{\"id\":" + id.replace("e-", "acc-") + ",\"code\":\"C-" + token
                        + "\",\"name\":\"n\",\"type\":\"ASSET\",\"currency\":\"EUR\"}", "invalidId", "id");
            }
        }

        @Test
        void a_posting_to_an_account_id_outside_the_charset_is_invalidId_naming_the_line() {
            String json = entryJson("\"e-" + token + "\"", "", "\"DEBIT\"", "\"1.00\"").replace(cash, "no such");
            refused("/api/v1/journal-entries", json, "invalidId", "postings[0].accountId");
        }

        @Test
        void every_character_of_the_charset_round_trips_through_create_location_read_and_reverse() {
            String accountId = "A.b_c:d@e~f-" + token;
            Api.Response opened = api.post("/api/v1/accounts", Map.of("id", accountId, "code", "C-" + token,
                    "name", "Round trip", "type", "ASSET", "currency", "EUR"));
            assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
            assertThat(opened.header("Location")).isEqualTo("/api/v1/accounts/" + accountId);
            awaitAccount(accountId, account -> accountId.equals(account.text("id")));

            String entryId = "E.1:x@y~z_" + token;
            Api.Response posted = api.post("/api/v1/journal-entries", entry(entryId,
                    List.of(line(accountId, "DEBIT", "2.00"), line(sales, "CREDIT", "2.00"))));
            assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
            assertThat(posted.header("Location")).isEqualTo("/api/v1/journal-entries/" + entryId);
            Api.Response reversed = api.post("/api/v1/journal-entries/" + entryId + "/reverse",
                    Map.of("id", "R~" + token));
            assertThat(reversed.status()).as(reversed.raw()).isEqualTo(201);
            assertThat(api.post("/api/v1/accounts/" + accountId + "/freeze", Map.of()).status()).isEqualTo(200);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> api.get("/api/v1/journal-entries/" + entryId).status() == 200);
        }

        @Test
        void a_path_id_outside_the_charset_is_refused_without_a_write() {
            assertProblem(api.post("/api/v1/accounts/a%20b-" + token + "/freeze", Map.of()), 400, "invalidId", "id");
            assertProblem(api.post("/api/v1/journal-entries/a%22b-" + token + "/void", Map.of()), 400, "invalidId",
                    "entryId");
            assertNothingStored();
        }
        @Test
        void hostile_path_ids_are_answered_with_a_4xx_problem_never_a_500() {
            for (String id : List.of("a%00b", "a%0Ab", "a%20b", "a%22b", "a%5Cb", "a%2Fb", "%F0%9F%98%80", "a%ED%A0%80b",
                    ".", "..%2F..", "x".repeat(300))) {
                for (String path : List.of("/api/v1/accounts/" + id, "/api/v1/journal-entries/" + id)) {
                    Api.Response read = api.get(path);
                    assertThat(read.status()).as(path + " " + read.raw()).isBetween(400, 499);
                    Api.Response write = api.post(path + (path.contains("accounts") ? "/freeze" : "/void"), Map.of());
                    assertThat(write.status()).as(path + " " + write.raw()).isBetween(400, 499);
                }
            }
        }
    }

    @Nested
    class Strict_json_types {
        @Test
        void a_numeric_or_boolean_id_is_not_text() {
            refused("/api/v1/journal-entries", entryJson("123", "", "\"DEBIT\"", "\"1.00\""), "malformedRequest", "id");
            refused("/api/v1/journal-entries", entryJson("true", "", "\"DEBIT\"", "\"1.00\""), "malformedRequest", "id");
        }

        @Test
        void side_zero_is_not_debit() {
            refused("/api/v1/journal-entries", entryJson("\"e-" + token + "\"", "", "0", "\"1.00\""),
                    "malformedRequest", "postings[0].side");
            refused("/api/v1/journal-entries", entryJson("\"e-" + token + "\"", "", "\"0\"", "\"1.00\""),
                    "malformedRequest", "postings[0].side");
        }

        @Test
        void an_amount_as_a_json_number_is_refused() {
            refused("/api/v1/journal-entries", entryJson("\"e-" + token + "\"", "", "\"DEBIT\"", "1.00"),
                    "amountMustBeString", "postings[0].amount");
        }
    }

    @Nested
    class Dates {
        @Test
        void effective_dates_of_year_zero_or_five_digits_are_dateOutOfRange() {
            refused("/api/v1/journal-entries", entryJson(",\"effectiveDate\":\"0000-01-01\""), "dateOutOfRange",
                    "effectiveDate");
            refused("/api/v1/journal-entries", entryJson(",\"effectiveDate\":\"+10000-01-01\""), "dateOutOfRange",
                    "effectiveDate");
        }

        @Test
        void the_calendar_s_first_and_last_days_are_accepted() {
            Api.Response first = api.post("/api/v1/journal-entries", entryJson(",\"effectiveDate\":\"1900-01-01\""));
            assertThat(first.status()).as(first.raw()).isEqualTo(201);
            token = UUID.randomUUID().toString();
            Api.Response last = api.post("/api/v1/journal-entries", entryJson(",\"effectiveDate\":\"9999-12-30\""));
            assertThat(last.status()).as(last.raw()).isEqualTo(201);
        }

        @Test
        void report_dates_and_as_known_at_outside_the_calendar_are_dateOutOfRange() {
            assertProblem(api.get("/api/v1/accounts/" + cash + "/statement?from=0000-01-01&to=2026-01-01"), 400,
                    "dateOutOfRange", "from");
            assertProblem(api.get("/api/v1/accounts/" + cash + "/balance-at?date=2026-01-01"
                    + "&asKnownAt=%2B10000-01-01T00:00:00Z"), 400, "dateOutOfRange", "asKnownAt");
        }
    }

    @Nested
    class Password_policy {
        @Test
        void a_common_password_or_the_username_is_weakPassword_and_no_user_is_created() {
            String username = "weak-" + token.substring(0, 8);
            for (String password : List.of("Password1234!", "qwertyuiop123", username, "short-pw")) {
                assertProblem(api.post("/api/v1/users", Map.of("username", username, "password", password,
                        "role", "accountant")), 400, "weakPassword", "password");
            }
            assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username))
                    .isZero();
            assertThat(api.post("/api/v1/users", Map.of("username", username, "password", "pw-" + token,
                    "role", "accountant")).status()).isEqualTo(201);
        }
    }
}
