package bank.ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.payments.PaymentFlow;
import bank.ledger.app.period.FreshMonths;
import bank.ledger.app.support.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * The banking pages in a real browser (headless Chromium, {@link ConsoleBrowser}): an accountant closes a
 * month with the keyboard alone and asks to reopen it (held for a second person), imports a rate file and
 * sees a bad one refused line by line, reads a schedule's runs, initiates a payment and follows it, maps a
 * bank account and runs the suspense posting; an administrator creates a webhook and sees its secret once;
 * an auditor sees the same pages without a form. Screenshots of each page (docs/console holds the README's).
 */
class ConsoleBankingBrowserIT extends ConsoleBrowserTest {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_accountant_works_the_banking_pages_and_an_auditor_reads_them_without_a_form() throws IOException {
        api.as("accountant");
        api.as("auditor");
        int year = FreshMonths.nextYear(jdbc).getValue(); // its November stays closed: no period test meets it
        String scheduleId = schedule();
        String paying = openAccount("LIABILITY", "EUR", Map.of());
        String iban = new PaymentFlow(api).mapBankAccount(openAccount("ASSET", "EUR", Map.of()));
        console.signIn("accountant", () -> { });

        console.open("/console/periods");
        var period = browser.findElement(By.cssSelector("[data-test=close-form] input[name=periodId]"));
        period.sendKeys(year + "-11", Keys.ENTER);
        console.await("the month closed", d -> console.text("[data-test=done]").contains(year + "-11 is closed"));
        browser.findElement(By.cssSelector("[data-test=reopen-form] input[name=periodId]")).sendKeys(year + "-11");
        browser.findElement(By.cssSelector("[data-test=reopen-form] input[name=reason]"))
                .sendKeys("a supplier invoice belongs to November", Keys.ENTER);
        console.await("the reopening held", d -> console.present("[data-test=held]"));
        assertThat(console.text("[data-test=periods]")).contains(year + "-11");
        console.shoot("periods");

        Path rates = Files.createTempFile("rates-", ".csv");
        Files.writeString(rates, "base,quote,rate,effectiveDate\nUSD,KWD,0.3075," + year + "-11-30\nEUR,KWD,0.3312,"
                + year + "-11-30\nJPY,KWD,0.00205," + year + "-11-30\n", StandardCharsets.UTF_8);
        console.open("/console/fx-rates");
        browser.findElement(By.cssSelector("[data-test=file]")).sendKeys(rates.toString());
        browser.findElement(By.cssSelector("[data-test=import-button]")).click();
        console.await("the rates imported", d -> console.text("[data-test=done]").contains("3 rates imported"));
        console.open("/console/fx-rates?on=" + year + "-12-31");
        console.await("the rates in the table", d -> {
            d.navigate().refresh();
            return console.text("[data-test=rates]").contains("0.00205");
        });
        console.shoot("fx-rates");
        Files.writeString(rates, "base,quote,rate,effectiveDate\nUSD,KWD,abc," + year + "-12-01\nXXX,KWD,0.3," + year
                + "-12-01\n", StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("[data-test=file]")).sendKeys(rates.toString());
        browser.findElement(By.cssSelector("[data-test=import-button]")).click();
        console.await("the file refused line by line", d -> console.text("[data-test=refused-lines]").contains("line 3"));
        assertThat(console.text("[data-test=refusal]")).contains("invalidRateFile");
        console.shoot("fx-rates-refused");

        console.open("/console/schedules/" + scheduleId);
        console.await("the schedule's run", d -> {
            d.navigate().refresh();
            return console.text("[data-test=runs]").contains("2.500");
        });
        console.shoot("schedule");
        console.open("/console/schedules");
        console.shoot("schedules");

        console.open("/console/payments/new");
        browser.findElement(By.name("accountId")).sendKeys(paying);
        browser.findElement(By.name("amount")).sendKeys("1250.00");
        browser.findElement(By.name("currency")).sendKeys("EUR");
        browser.findElement(By.name("debtorName")).sendKeys("Acme Ltd");
        browser.findElement(By.name("debtorIban")).sendKeys(iban);
        browser.findElement(By.name("creditorName")).sendKeys("Supplier GmbH");
        browser.findElement(By.name("creditorIban")).sendKeys(PaymentFlow.CREDITOR_IBAN);
        browser.findElement(By.name("remittanceInformation")).sendKeys("Invoice 4711");
        browser.findElement(By.cssSelector("[data-test=payment-form] button[type=submit]")).click();
        console.await("the payment's page", d -> {
            d.navigate().refresh();
            return console.text("[data-test=status]").equals("INITIATED");
        });
        assertThat(console.text("[data-test=amount]")).isEqualTo("1250.00 EUR");
        console.shoot("payment");
        console.open("/console/payments?accountId=" + paying);
        console.shoot("payments");
        browser.manage().window().setSize(new Dimension(390, 844));
        console.shoot("payments-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        console.open("/console/reconciliation/mappings");
        console.shoot("reconciliation-mappings");
        console.open("/console/reconciliation/sweeps");
        browser.findElement(By.cssSelector("[data-test=suspense-form] button[type=submit]")).click();
        console.await("the suspense run's answer", d -> console.text("[data-test=done]").contains("posted to suspense"));
        console.shoot("reconciliation-sweeps");
        console.signOut();

        console.signIn("admin", () -> { });
        console.open("/console/operations/stream/webhooks");
        browser.findElement(By.name("url")).sendKeys("http://127.0.0.1:9/hook");
        browser.findElement(By.name("accountIds")).sendKeys(paying);
        browser.findElement(By.cssSelector("[data-test=webhook-form] button[type=submit]")).click();
        console.await("the secret shown once", d -> console.present("[data-test=secret]"));
        console.shoot("ops-webhook-created");
        console.signOut();

        console.signIn("auditor", () -> { });
        for (String page : List.of("/console/periods", "/console/fx-rates", "/console/schedules/" + scheduleId,
                "/console/payments", "/console/reconciliation/mappings")) {
            console.open(page);
            assertThat(browser.findElements(By.cssSelector("main form[method=post]"))).as(page).isEmpty();
        }
    }

    /** A KWD standing order started today and run once through the API: its run shows 2.500 (three decimals). */
    private String schedule() {
        String expense = openAccount("EXPENSE", "KWD", Map.of());
        String bank = openAccount("ASSET", "KWD", Map.of());
        String id = newId("rent");
        Api.Response created = api.post("/api/v1/schedules", Map.of("id", id, "kind", "STANDING_ORDER",
                "description", "Office rent", "recurrence", Map.of("frequency", "MONTHLY", "interval", 1,
                        "startDate", LocalDate.now(ZoneOffset.UTC).toString(), "roll", "NONE"),
                "postings", List.of(Map.of("accountId", expense, "side", "DEBIT", "amount", "2.500", "currency", "KWD"),
                        Map.of("accountId", bank, "side", "CREDIT", "amount", "2.500", "currency", "KWD"))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(api.post("/api/v1/schedules/" + id + "/runs", Map.of()).status()).isEqualTo(200);
        return id;
    }
}
