package com.dxp.collector.console;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dxp.collector.platform.CollectorApi;
import com.dxp.collector.platform.CollectorApi.Account;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium on the console, driven through Debian's {@code chromium} and {@code chromedriver} (paths from
 * {@code it.chromium} and {@code it.chromedriver}), so nothing is downloaded at test time. Where they are missing
 * the console's tests are skipped with a message, unless {@code it.console.required} is true (as in CI, which
 * installs them): there a missing browser fails the build.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final WebDriver driver;

    private ConsoleBrowser(WebDriver driver) {
        this.driver = driver;
    }

    /** A new browser window, signed in as nobody. */
    static ConsoleBrowser open() {
        File chromium = new File(System.getProperty("it.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
        boolean present = chromium.canExecute() && chromedriver.canExecute();
        if (!present && Boolean.getBoolean("it.console.required")) {
            throw new IllegalStateException("no browser for the console tests: " + chromium + " and " + chromedriver
                    + " must exist (apt-get install -y chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "console tests skipped: install chromium and chromium-driver to run them");
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
        return new ConsoleBrowser(new ChromeDriver(service, options));
    }

    /** Opens a console address ({@code ""} for the server's root). */
    void go(String path) {
        driver.get(CollectorApi.root() + path);
    }

    /** Opens the console and signs in through its form. */
    void signIn(Account account) {
        go("/console/");
        type(By.id("signin-user"), account.username());
        type(By.id("signin-password"), account.password());
        find(By.cssSelector("form.signin button[type=submit]")).click();
        await("signed in as " + account.username()).atMost(WAIT).ignoreExceptions()
                .until(() -> driver.findElement(By.id("who")).getText().startsWith(account.username()));
    }

    void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** The element, once the page shows it. */
    WebElement find(By by) {
        return await("the page shows " + by).atMost(WAIT).ignoreExceptions()
                .until(() -> driver.findElement(by), e -> e.isDisplayed());
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Waits until {@code text} is on the page (named for what it means). */
    void awaitText(String what, String text) {
        awaitText(what, text, WAIT);
    }

    void awaitText(String what, String text, Duration atMost) {
        await(what).atMost(atMost).ignoreExceptions().until(() -> driver.findElement(By.tagName("body")).getText()
                .contains(text));
    }

    /** The page's text. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The value of a cookie the browser holds for the server (HttpOnly ones too). */
    String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    /** Runs an async script in the page; its callback is the last argument. */
    Object script(String asyncScript) {
        return ((JavascriptExecutor) driver).executeAsyncScript(asyncScript);
    }

    /** Saves the page as {@code target/console-screenshots/<name>.png}, for a reviewer to look at. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(file) > 1000, "a screenshot with something on it: " + file);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
