package bank.ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.TestActors;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
class ConsoleBrowserIT extends ConsoleBrowserTest {
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
        new WebDriverWait(browser, ConsoleBrowser.READ_MODEL_WAIT).until(ExpectedConditions.stalenessOf(postButton));
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
        console.signIn(role, () -> {
            if (role.equals("accountant")) {
                shoot("sign-in");
            }
        });
    }

    private void signOut() {
        console.signOut();
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
        console.open(path);
    }

    private String text(String css) {
        return console.text(css);
    }

    private void await(String what, Predicate<WebDriver> condition) {
        console.await(what, condition);
    }

    private void shoot(String name) {
        console.shoot(name);
    }
}
