package bank.ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operators' and auditors' console in a real browser: an auditor reads an account's history and
 * verification, moves the time slider to before an entry and back, finds no write button, and a forged
 * rebuild post is refused; an operator rebuilds a projection and watches its progress, starts a replay,
 * and redelivers a webhook's dead letter. Screenshots: ops-*.png and audit-*.png.
 */
class ConsoleOperationsBrowserIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    private ConsoleBrowser browser;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = ConsoleBrowser.start(port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A new person of the role, with a password the browser types. */
    private String person(String role, String password) {
        String username = newId("it-opsb-" + role).substring(0, 40);
        Api.Response created = api.post("/api/v1/users", Map.of("username", username, "password", password,
                "role", role));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return username;
    }

    @Test
    void an_auditor_reads_the_history_moves_the_time_slider_and_cannot_write() {
        String cash = openAccount("ASSET", "KWD", Map.of());
        String income = openAccount("INCOME", "KWD", Map.of());
        Instant before = Instant.now().minusMillis(1);
        Api.Response posted = api.post("/api/v1/journal-entries", entry(newId("je"),
                List.of(line(cash, "DEBIT", "12.345"), line(income, "CREDIT", "12.345"))));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(201);
        String password = "pw-" + UUID.randomUUID();
        browser.signIn(person("auditor", password), password);

        browser.open("/console/audit/accounts/" + cash);
        browser.await("the entry in the history", d -> browser.text("[data-test=events]").contains("AccountBalanceChanged")
                || refreshed(false));
        assertThat(browser.text("[data-test=events]")).contains("AccountOpened", TestActors.ADMIN_USERNAME, "api");
        assertThat(browser.text("[data-test=verification]")).contains("consistent");
        assertThat(browser.present("main form[method=post]")).isFalse();
        browser.shoot("audit-account-history");

        browser.driver().findElement(By.cssSelector("[data-test=as-known-at]")).click();
        browser.await("the entry known now", d -> browser.text("[data-test=known-balance]").equals("12.345")
                || refreshed(false));
        WebElement at = browser.driver().findElement(By.cssSelector("[data-test=at]"));
        at.clear();
        at.sendKeys(before.toString(), Keys.ENTER);
        // htmx swaps the figures and puts the moment's URL in the address bar: no page load
        browser.await("the account as known before the entry", d -> browser.text("[data-test=known-balance]")
                .equals("0.000") && d.getCurrentUrl().contains("at="));
        assertThat(browser.text("[data-test=known-statement]")).contains("Nothing posted was known by then");
        browser.shoot("audit-as-known-at");
        WebElement slider = browser.driver().findElement(By.cssSelector("[data-test=slider]"));
        slider.sendKeys(Keys.END);
        browser.await("the slider at now shows the entry again", d ->
                browser.text("[data-test=known-balance]").equals("12.345"));
        assertThat(browser.present("main form[method=post]")).isFalse();

        browser.open("/console/audit/feed");
        browser.await("the feed's live stream open", d -> browser.present("[data-test=feed-rows]"));
        String later = openAccount("ASSET", "EUR", Map.of());
        // no reload: the new event arrives over server-sent events and htmx puts its row at the top
        browser.await("the new account's event in the feed", d -> browser.present(
                "[data-test=feed-rows] a[href='/console/audit/accounts/" + later + "']"));
        browser.shoot("audit-feed");

        forgePost("/console/operations/projections/account-lines/rebuild");
        browser.await("the forged rebuild refused", d -> browser.text("[data-test=refusal]").contains("forbidden"));
    }

    @Test
    void an_operator_rebuilds_a_projection_and_watches_its_progress_then_redelivers_a_dead_letter() {
        String password = "pw-" + UUID.randomUUID();
        String operator = person("admin", password);
        browser.signIn(operator, password);

        browser.open("/console/operations/projections");
        browser.driver().findElement(By.cssSelector("[data-test=rebuild-button-account-lines]")).click();
        browser.await("the rebuild's progress", d -> browser.present("[data-test=rebuild-account-lines] progress"));
        // the table refreshes itself (htmx every 2 s): the rebuild reaches the head without a reload
        browser.await("the rebuild caught up", Duration.ofMinutes(3), d -> browser.text("[data-test=rebuild-account-lines]").contains("caught up"));
        browser.shoot("ops-projections-rebuild");

        browser.open("/console/operations/stream");
        String queue = ("it-opsb-" + UUID.randomUUID()).substring(0, 30);
        browser.driver().findElement(By.name("queue")).sendKeys(queue);
        browser.driver().findElement(By.name("fromPosition")).sendKeys("1");
        browser.driver().findElement(By.cssSelector("[data-test=start-replay]")).click();
        browser.await("the replay with its progress", d -> browser.present("[data-test=replay-" + queue + "] progress"));
        browser.shoot("ops-stream");

        String webhook = api.post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/x",
                "accountIds", List.of(newId("nobody")))).text("id");
        long dead = DeadLetters.insert(jdbc, webhook);
        browser.open("/console/operations/stream/webhooks");
        browser.driver().findElement(By.linkText(webhook)).click();
        assertThat(browser.text("[data-test=dead]")).isEqualTo("1");
        browser.shoot("ops-webhook");
        browser.driver().findElement(By.cssSelector("[data-test=redeliver-" + dead + "]")).click();
        browser.await("the dead letter pending again", d -> d.getPageSource().contains("is pending again"));
        assertThat(browser.text("[data-test=dead]")).isEqualTo("0");
        api.delete("/api/v1/webhooks/" + webhook);
    }

    /** A refresh while waiting on the read model; answers {@code result} so it reads inside a condition. */
    private boolean refreshed(boolean result) {
        if (!result) {
            browser.driver().navigate().refresh();
        }
        return result;
    }

    /** A form the page never offered, posted with the page's own valid CSRF token, as a forger would. */
    private void forgePost(String path) {
        String token = browser.driver().findElement(By.cssSelector("header input[name=_csrf]")).getAttribute("value");
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const form = document.createElement('form');
                form.method = 'post'; form.action = arguments[0];
                const token = document.createElement('input');
                token.type = 'hidden'; token.name = '_csrf'; token.value = arguments[1];
                form.appendChild(token); document.body.appendChild(form); form.submit();""", path, token);
    }
}
