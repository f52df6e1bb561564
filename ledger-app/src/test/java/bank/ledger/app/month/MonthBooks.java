package bank.ledger.app.month;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/**
 * The worked month's books as the test expects them (net debit per account, in minor units) and the trial
 * balances that must show them: the month's per account, the month end's per currency (other tests' books
 * plus ours) and in KWD.
 */
final class MonthBooks {
    static final Map<String, Integer> DECIMALS = Map.of("KWD", 3, "USD", 2, "EUR", 2);
    private final Api api;
    private final YearMonth month;
    /** The month's accounts by role (cash-kwd, capital, ...). */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> currencies = new HashMap<>();
    private final Map<String, Long> netDebit = new HashMap<>();
    /** The accounts that have lines (an account without any has no row in the period's trial balance). */
    private final Set<String> booked = new HashSet<>();
    /** Other tests' books at the month's end, per currency: debit and credit balances. */
    private final Map<String, long[]> before = new HashMap<>();

    MonthBooks(Api api, YearMonth month) {
        this.api = api;
        this.month = month;
    }

    void open(String role, String id, String currency) {
        ids.put(role, id);
        currencies.put(id, currency);
        netDebit.put(id, 0L);
    }

    String id(String role) {
        return ids.get(role);
    }

    /** Other tests' books at the month's end (their entries of the calendar's first days), to add ours to. */
    void measureOtherTestsBooks() {
        for (JsonNode totals : datedTrialBalance().get("currencies")) {
            String currency = totals.get("currency").asString();
            before.put(currency, new long[] {minor(totals.get("debitBalances").asString()),
                    minor(totals.get("creditBalances").asString())});
        }
    }

    /** What the test expects the ledger to have booked. */
    void book(List<Map<String, Object>> postings) {
        for (Map<String, Object> posting : postings) {
            String account = (String) posting.get("accountId");
            long amount = minor((String) posting.get("amount"));
            booked.add(account);
            netDebit.merge(account, "DEBIT".equals(posting.get("side")) ? amount : -amount, Long::sum);
        }
    }

    static long minor(String amount) {
        return new BigDecimal(amount).movePointRight(new BigDecimal(amount).scale()).longValueExact();
    }

    String format(long minor, String currency) {
        return BigDecimal.valueOf(minor, DECIMALS.get(currency)).toPlainString();
    }

    /**
     * The figure docs/worked-month.md shows for the account (on its side) is what the test's model holds; the
     * ledger is compared with the model, every account, by {@link #assertBooks}.
     */
    void assertRow(String role, String amount, boolean debit) {
        long expected = netDebit.get(id(role));
        assertThat(format(Math.abs(expected), currencies.get(id(role)))).isEqualTo(amount);
        assertThat(expected > 0).isEqualTo(debit);
    }

    /**
     * The books after a step: every account of the month in the period's trial balance exactly as expected (each
     * page balanced in every currency), then the trial balance at the month's end per currency (other tests' books
     * plus ours) and in KWD, balanced to the fils.
     */
    void assertBooks() {
        for (String account : booked) {
            long expected = netDebit.get(account);
            String currency = currencies.get(account);
            JsonNode row = awaitPeriodRow(account, r -> format(Math.max(expected, 0), currency).equals(
                    r.get("closingDebit").asString()) && format(Math.max(-expected, 0), currency).equals(
                    r.get("closingCredit").asString()));
            assertThat(row.get("openingDebit").asString()).isEqualTo(format(0, currency));
            assertThat(row.get("openingCredit").asString()).isEqualTo(format(0, currency));
        }
        JsonNode dated = datedTrialBalance();
        assertThat(dated.get("balanced").asBoolean()).isTrue();
        for (String currency : DECIMALS.keySet()) {
            long[] others = before.getOrDefault(currency, new long[2]);
            long debits = others[0] + ours(currency, true);
            long credits = others[1] + ours(currency, false);
            JsonNode totals = debits == 0 && credits == 0 ? null : totalsOf(dated.get("currencies"), currency);
            if (totals != null) {  // a currency without a line in the books has no totals
                assertThat(totals.get("debitBalances").asString()).as(currency).isEqualTo(format(debits, currency));
                assertThat(totals.get("creditBalances").asString()).as(currency).isEqualTo(format(credits, currency));
                assertThat(totals.get("difference").asString()).isEqualTo(format(0, currency));
            }
        }
        assertConverted(dated.get("reporting"));
    }

    long ours(String currency, boolean debit) {
        return netDebit.entrySet().stream().filter(e -> currencies.get(e.getKey()).equals(currency))
                .mapToLong(e -> debit ? Math.max(e.getValue(), 0) : Math.max(-e.getValue(), 0)).sum();
    }

    /** Each currency's totals converted half-even once at the month-end rate; the sums balance to the fils. */
    void assertConverted(JsonNode reporting) {
        assertThat(reporting.get("currency").asString()).isEqualTo("KWD");
        long debits = 0;
        long credits = 0;
        for (JsonNode converted : reporting.get("currencies")) {
            debits += minor(converted.get("debitBalances").asString());
            credits += minor(converted.get("creditBalances").asString());
        }
        for (String currency : List.of("USD", "EUR")) {
            long[] others = before.getOrDefault(currency, new long[2]);
            if (others[0] + ours(currency, true) == 0) {
                continue;
            }
            JsonNode converted = totalsOf(reporting.get("currencies"), currency);
            assertThat(new BigDecimal(converted.get("rate").asString()))
                    .isEqualByComparingTo(currency.equals("USD") ? "0.3075" : "0.325");
            assertThat(converted.get("debitBalances").asString())
                    .isEqualTo(toKwd(others[0] + ours(currency, true), currency, converted.get("rate").asString()));
        }
        assertThat(reporting.get("debitBalances").asString()).isEqualTo(format(debits, "KWD"));
        assertThat(reporting.get("creditBalances").asString()).isEqualTo(format(credits, "KWD"));
        assertThat(debits).isEqualTo(credits);
        assertThat(reporting.get("difference").asString()).isEqualTo("0.000");
        assertThat(reporting.get("balanced").asBoolean()).isTrue();
    }

    String toKwd(long minor, String currency, String rate) {
        return BigDecimal.valueOf(minor, DECIMALS.get(currency)).multiply(new BigDecimal(rate))
                .setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    static JsonNode totalsOf(JsonNode list, String currency) {
        for (JsonNode totals : list) {
            if (totals.get("currency").asString().equals(currency)) {
                return totals;
            }
        }
        throw new AssertionError("no " + currency + " in " + list);
    }

    /** The account's row of the trial balance at the month's end converted into KWD. */
    JsonNode reportingRow(String role) {
        String code = "C-" + id(role);
        JsonNode row = datedTrialBalance("&pageSize=1&after=" + code.substring(0, code.length() - 1))
                .get("reporting").get("items").get(0);
        assertThat(row.get("accountId").asString()).isEqualTo(id(role));
        return row;
    }

    /** The trial balance at the month's end in KWD (every page carries the totals of all pages). */
    JsonNode datedTrialBalance() {
        return datedTrialBalance("&pageSize=1");
    }

    JsonNode datedTrialBalance(String page) {
        JsonNode[] body = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response got = api.get("/api/v1/reports/trial-balance?date=" + month.atEndOfMonth()
                    + "&reportingCurrency=KWD" + page);
            if (got.status() == 503 && "readModelCatchingUp".equals(got.text("code"))) {
                return false;
            }
            assertThat(got.status()).as(got.raw()).isEqualTo(200);
            body[0] = got.body();
            return true;
        });
        return body[0];
    }

    /** The account's row of the month's trial balance, once the read model shows what the test expects. */
    JsonNode awaitPeriodRow(String accountId, Predicate<JsonNode> until) {
        String code = "C-" + accountId;
        String path = "/api/v1/reports/trial-balance?period=" + month + "&pageSize=1&after="
                + code.substring(0, code.length() - 1);
        JsonNode[] row = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Api.Response page = api.get(path);
            if (page.status() == 503 && "readModelCatchingUp".equals(page.text("code"))) {
                return false;
            }
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            assertThat(page.body().get("balanced").asBoolean()).isTrue();
            for (JsonNode totals : page.body().get("currencies")) {
                assertThat(totals.get("balanced").asBoolean()).as(totals.toString()).isTrue();
            }
            JsonNode items = page.body().get("items");
            row[0] = items.isEmpty() ? null : items.get(0);
            return row[0] != null && row[0].get("accountId").asString().equals(accountId) && until.test(row[0]);
        });
        return row[0];
    }
}
