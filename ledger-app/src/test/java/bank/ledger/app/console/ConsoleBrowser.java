package bank.ledger.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium at the console (Debian's chromium and chromedriver), for browser tests: open a page,
 * sign in and out, read a text, wait for a condition (live parts change under the test), take a screenshot
 * into {@code -Dconsole.screenshots=DIR} (default target/console-screenshots). Skips the test where
 * chromedriver is not installed.
 */
final class ConsoleBrowser implements AutoCloseable {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Duration WAIT = Duration.ofSeconds(30);
    final WebDriver driver;
    private final int port;

    private ConsoleBrowser(WebDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    static ConsoleBrowser start(int port) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not installed");
        Path profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new ConsoleBrowser(driver, port);
    }

    void signIn(String username, String password) {
        open("/console/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("[data-test=signin] button[type=submit]")).click();
        await("signed in as " + username, d -> text("[data-test=username]").equals(username));
    }

    void signOut() {
        driver.findElement(By.cssSelector("header form button")).click();
        await("signed out", d -> d.getCurrentUrl().contains("/console/login"));
    }

    void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    String text(String css) {
        var found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText().strip();
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void await(String what, Predicate<WebDriver> condition) {
        await(what, WAIT, condition);
    }

    void await(String what, Duration timeout, Predicate<WebDriver> condition) {
        // a live update may replace an element between finding it and reading it: look again
        new WebDriverWait(driver, timeout, Duration.ofMillis(250)).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(condition::test);
    }

    void shoot(String name) {
        Path directory = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
