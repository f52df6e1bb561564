package bank.ledger.app.console;

import bank.ledger.app.support.TestActors;
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
 * A person at the console in a real browser (Debian's chromium through chromedriver, headless, 1280 px
 * wide), shared by the browser tests: sign-in and out, pages, waits on conditions, and screenshots to
 * {@code -Dconsole.screenshots=DIR} (default target/console-screenshots; docs/console holds the README's).
 * A test that starts one is skipped where chromedriver is not installed.
 */
final class ConsoleBrowser implements AutoCloseable {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Duration READ_MODEL_WAIT = Duration.ofSeconds(30);
    private final WebDriver driver;
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
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new ConsoleBrowser(driver, port);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Signs in through the form; {@code beforeSubmit} sees the filled form (a screenshot of it). */
    void signIn(String role, Runnable beforeSubmit) {
        open("/console/login");
        driver.findElement(By.name("username")).sendKeys(TestActors.username(role));
        driver.findElement(By.name("password")).sendKeys(TestActors.password(role));
        beforeSubmit.run();
        driver.findElement(By.cssSelector("[data-test=signin] button[type=submit]")).click();
        await("signed in as " + role, d -> text("[data-test=role]").equals(role));
    }

    /** Signs in as a person the test made, with the password it chose. */
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
        await(what, READ_MODEL_WAIT, condition);
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
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
