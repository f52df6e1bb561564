package bank.ledger.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Reconciliation in a real browser: an accountant drops a camt.053 on the upload page, watches its import
 * end in the proof without reloading, matches a line the rules could not decide to one of the suggested
 * postings, and splits another over two postings by hand; an auditor sees the same pages without a form.
 * Screenshots: reconciliation-*.png (see {@link ConsoleBrowser}).
 */
class ConsoleReconciliationBrowserIT extends ConsoleBrowserTest {
    private static final String DAY = "2026-11-20";

    @Test
    void an_accountant_uploads_a_camt_053_and_reconciles_its_lines_by_hand_and_an_auditor_only_reads() {
        api.as("accountant");
        api.as("auditor");
        MappedBank bank = MappedBank.of(api, type -> openAccount(type, "EUR", Map.of()));
        bank.receipt("12.00", DAY); // the engine matches line 1 by amount and date
        String thirty = bank.receipt("30.00", DAY);
        String twentyFive = bank.receipt("25.00", DAY);
        String tieA = bank.receipt("7.00", DAY);
        bank.receipt("7.00", DAY); // line 3 has two equally good postings: left to a person
        awaitProcessorCaughtUp("reconciliation-ledger-items");
        byte[] camt = bank.statement(DAY).line(1200, null, null, "Customer payment")
                .line(5000, null, null, "Two invoices").line(700, null, null, "Small payment").bytes();

        console.signIn("accountant", () -> { });
        console.open("/console/reconciliation");
        browser.findElement(By.cssSelector("[data-test=upload-link]")).click();
        console.await("the upload page", d -> !d.findElements(By.cssSelector("[data-test=dropzone]")).isEmpty());
        console.shoot("reconciliation-upload");
        drop(new String(camt, StandardCharsets.UTF_8));

        // no reload: the statement page follows the import live and reloads itself once every line is read
        console.await("the import complete with its proof and lines", d -> console.text("[data-test=import-status]")
                .equals("COMPLETE") && !d.findElements(By.cssSelector("[data-test=line-3]")).isEmpty()
                && console.text("[data-test=proof-bank]").equals("69.00"));
        String statementPage = browser.getCurrentUrl();

        browser.findElement(By.cssSelector("[data-test=line-3]")).click();
        console.await("the suggestions", d -> console.text("[data-test=suggestions]").contains("amount-date"));
        assertThat(console.text("[data-test=suggestions]")).contains(tieA, "90");
        console.shoot("reconciliation-line");
        var suggestion = browser.findElements(By.cssSelector("[data-test=match-suggestion]")).stream()
                .filter(form -> form.findElement(By.name("entryId")).getDomAttribute("value").equals(tieA))
                .findFirst().orElseThrow();
        suggestion.findElement(By.name("reason")).sendKeys("remittance names this invoice");
        suggestion.findElement(By.cssSelector("button")).click();
        awaitStatus("MATCHED");

        browser.get(statementPage.replaceAll("\\?.*$", "") + "/lines/2");
        browser.findElement(By.cssSelector("[data-test=part-entry-0]")).sendKeys(thirty);
        browser.findElement(By.cssSelector("[data-test=part-entry-1]")).sendKeys(twentyFive);
        browser.findElement(By.cssSelector("[data-test=part-amount-1]")).sendKeys("20.00");
        browser.findElement(By.cssSelector("[data-test=split-reason]")).sendKeys("invoices 30 and part of 25");
        console.shoot("reconciliation-split");
        browser.findElement(By.cssSelector("[data-test=split-button]")).click();
        awaitStatus("MATCHED");
        assertThat(console.text("[data-test=matched-items]")).contains(thirty, twentyFive, "20.00");

        browser.get(statementPage);
        console.await("every line matched and the proof explained", d -> {
            d.navigate().refresh();
            return console.text("[data-test=recon-lines]").split("MATCHED", -1).length == 4
                    && console.text("[data-test=proof-unexplained]").equals("0.00");
        });
        console.shoot("reconciliation-statement");
        console.open("/console/reconciliation");
        console.shoot("reconciliation-worklist");
        console.signOut();

        console.signIn("auditor", () -> { });
        browser.get(statementPage);
        assertThat(browser.findElements(By.cssSelector("main form[method=post]"))).isEmpty();
        browser.get(statementPage.replaceAll("\\?.*$", "") + "/lines/2");
        assertThat(console.text("[data-test=line-status]")).isEqualTo("MATCHED");
        assertThat(browser.findElements(By.cssSelector("main form[method=post]"))).isEmpty();
        console.open("/console/reconciliation");
        assertThat(browser.findElements(By.cssSelector("[data-test=upload-link]"))).isEmpty();
    }

    /** Drops the file on the drop zone as a person would from the desktop (a drop event with the file). */
    private void drop(String content) {
        ((JavascriptExecutor) browser).executeScript("""
                const transfer = new DataTransfer();
                transfer.items.add(new File([arguments[0]], 'statement-2026-11-20.xml', {type: 'application/xml'}));
                const zone = document.querySelector('[data-test=dropzone]');
                zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                """, content);
    }

    private void awaitStatus(String status) {
        console.await("the line " + status, d -> {
            d.navigate().refresh();
            return console.text("[data-test=line-status]").equals(status);
        });
    }
}
