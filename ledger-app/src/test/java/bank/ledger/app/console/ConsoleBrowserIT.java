package bank.ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian's chromium through chromedriver, headless): an accountant opens
 * two accounts, posts an entry and a hold, posts part of the hold and sees the balances; an auditor sees
 * the history and no write button. Skipped where chromedriver is not installed. Screenshots of each main
 * page go to {@code -Dconsole.screenshots=DIR} (default target/console-screenshots; docs/console holds
 * the ones the README shows).
 */
class ConsoleBrowserIT extends LedgerIntegrationTest {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(30);
    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed");
        profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_accountant_posts_an_entry_and_part_of_a_hold_and_an_auditor_reads_the_history_without_writing() {
        api.as("accountant");
        api.as("auditor");
        signIn("accountant");
        String cash = openAccount("Cash", "ASSET");
        String deposits = openAccount("Customer deposits", "LIABILITY");

        String entry = postEntry(cash, deposits, "100.00", false);
        shoot("entry");
        String hold = postEntry(cash, deposits, "40.00", true);
        await("the hold's post form", driver -> {
            driver.navigate().refresh();
            return !driver.findElements(By.cssSelector("[data-test=post-hold]")).isEmpty();
        });
        browser.findElement(By.cssSelector("[data-test=post-amount-0]")).sendKeys("25.00");
        browser.findElement(By.cssSelector("[data-test=post-amount-1]")).sendKeys("25.00");
        shoot("hold");
        var postButton = browser.findElement(By.cssSelector("[data-test=post-hold-button]"));
        postButton.click();
        // leaving the page before the form's answer arrives would cancel the post: wait for the answer's
        // page, then for the read model to show the hold posted
        new WebDriverWait(browser, READ_MODEL_WAIT).until(ExpectedConditions.stalenessOf(postButton));
        await("the hold posted", driver -> {
            driver.navigate().refresh();
            return text("[data-test=status]").equals("POSTED");
        });

        open("/console/accounts/" + cash);
        // no reload: the balance panel follows the account live (server-sent events swapped in by htmx)
        await("the balance after the entry and the posted part of the hold", driver ->
                text("[data-test=balance]").equals("125.00") && text("[data-test=debits-pending]").equals("0.00"));
        shoot("account");
        open("/console/entries/" + entry);
        assertThat(text("[data-test=status]")).isEqualTo("POSTED");
        open("/console/accounts");
        shoot("chart-of-accounts");
        open("/console/reports/trial-balance");
        assertThat(text("[data-test=trial-currencies]")).contains("EUR").contains("balanced");
        shoot("trial-balance");
        signOut();

        signIn("auditor");
        open("/console/accounts/" + cash);
        assertThat(browser.findElements(By.cssSelector("main form[method=post]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-test=post-entry]"))).isEmpty();
        browser.findElement(By.cssSelector("[data-test=history]")).click();
        assertThat(text("[data-test=events]")).contains("AccountOpened", TestActors.username("accountant"), "console");
        assertThat(text("[data-test=verification]")).contains("consistent");
        shoot("audit-history");
        open("/console/entries/" + hold);
        assertThat(browser.findElements(By.cssSelector("main form[method=post]"))).isEmpty();
        signOut();

        signIn("admin");
        open("/console/operations/projections");
        assertThat(text("[data-test=projections]")).contains("account-balances");
        shoot("projections");
    }

    private void signIn(String role) {
        open("/console/login");
        browser.findElement(By.name("username")).sendKeys(TestActors.username(role));
        browser.findElement(By.name("password")).sendKeys(TestActors.password(role));
        if (role.equals("accountant")) {
            shoot("sign-in");
        }
        browser.findElement(By.cssSelector("[data-test=signin] button[type=submit]")).click();
        await("signed in as " + role, driver -> text("[data-test=role]").equals(role));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("header form button")).click();
        await("signed out", driver -> driver.getCurrentUrl().contains("/console/login"));
    }

    private String openAccount(String name, String type) {
        open("/console/accounts/new");
        String code = name.substring(0, 3).toUpperCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.name("code")).sendKeys(code);
        browser.findElement(By.name("name")).sendKeys(name);
        new Select(browser.findElement(By.name("type"))).selectByValue(type);
        browser.findElement(By.cssSelector("[data-test=open-account-form] button[type=submit]")).click();
        await("the account page", driver -> driver.getCurrentUrl().contains("?opened"));
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
    }

    private String postEntry(String debit, String credit, String amount, boolean hold) {
        open("/console/entries/new");
        var accounts = browser.findElements(By.name("accountId"));
        var amounts = browser.findElements(By.name("amount"));
        accounts.get(0).sendKeys(debit);
        amounts.get(0).sendKeys(amount);
        accounts.get(1).sendKeys(credit);
        amounts.get(1).sendKeys(amount);
        browser.findElement(By.name("description")).sendKeys(hold ? "Card authorisation" : "Deposit");
        if (hold) {
            browser.findElement(By.cssSelector("[data-test=pending]")).click();
        }
        browser.findElement(By.cssSelector("[data-test=entry-form] button[type=submit]")).click();
        await("the entry page", driver -> driver.getCurrentUrl().contains("?posted"));
        String url = browser.getCurrentUrl();
        String id = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        await("the entry in the read model", driver -> {
            driver.navigate().refresh();
            return !driver.findElements(By.cssSelector("[data-test=status]")).isEmpty();
        });
        return id;
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private String text(String css) {
        var found = browser.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    private void await(String what, Predicate<WebDriver> condition) {
        // a live update may replace an element between finding it and reading it: look again
        new WebDriverWait(browser, READ_MODEL_WAIT, Duration.ofMillis(250)).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(condition::test);
    }

    private void shoot(String name) {
        Path directory = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));
        try {
            Files.createDirectories(directory);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
