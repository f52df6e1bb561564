package bank.ledger.app.console;

import bank.ledger.app.support.LedgerIntegrationTest;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** A browser test of the console: a fresh {@link ConsoleBrowser} per test, quit after it. */
abstract class ConsoleBrowserTest extends LedgerIntegrationTest {
    protected ConsoleBrowser console;
    protected WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        console = ConsoleBrowser.start(port);
        browser = console.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (console != null) {
            console.close();
        }
    }
}
