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
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * A headless Chromium on the console, driven through Debian's {@code chromium} and {@code chromedriver} (paths from
 * {@code it.chromium} and {@code it.chromedriver}), so nothing is downloaded at test time. Where they are missing
 * the console's tests are skipped with a message, unless {@code it.console.required} is true (as in CI, which
 * installs them): there a missing browser fails the build.
 */
public final class ConsoleBrowser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final WebDriver driver;

    private ConsoleBrowser(WebDriver driver) {
        this.driver = driver;
    }

    /** A new browser window, signed in as nobody. */
    public static ConsoleBrowser open() {
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
    public void go(String path) {
        driver.get(CollectorApi.root() + path);
    }

    /** Opens the console and signs in through its form. */
    public void signIn(Account account) {
        go("/console/");
        type(By.id("signin-user"), account.username());
        type(By.id("signin-password"), account.password());
        find(By.cssSelector("form.signin button[type=submit]")).click();
        await("signed in as " + account.username()).atMost(WAIT).ignoreExceptions()
                .until(() -> driver.findElement(By.id("who")).getText().startsWith(account.username()));
    }

    public void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /** The element, once the page shows it. */
    public WebElement find(By by) {
        return await("the page shows " + by).atMost(WAIT).ignoreExceptions()
                .until(() -> driver.findElement(by), e -> e.isDisplayed());
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Waits until {@code text} is on the page (named for what it means). */
    public void awaitText(String what, String text) {
        awaitText(what, text, WAIT);
    }

    public void awaitText(String what, String text, Duration atMost) {
        await(what).atMost(atMost).ignoreExceptions().until(() -> driver.findElement(By.tagName("body")).getText()
                .contains(text));
    }

    /** The page's text. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The value of a cookie the browser holds for the server (HttpOnly ones too). */
    public String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    /** Presses keys on whatever has the focus, as a keyboard would. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses Tab until the focus is on an element {@code wanted} accepts, at most {@code max} times: the way a
     * keyboard user reaches a control.
     */
    public WebElement tabTo(String what, Predicate<WebElement> wanted, int max) {
        for (int i = 0; i < max; i++) {
            press(Keys.TAB);
            WebElement now = focused();
            if (wanted.test(now)) {
                return now;
            }
        }
        throw new AssertionError("Tab never reached " + what + " in " + max + " presses");
    }

    /**
     * The page's visible controls (links, buttons, fields) that have no accessible name: no text, label,
     * {@code aria-label} or {@code title}. A screen reader could only say "button" for them.
     */
    @SuppressWarnings("unchecked")
    public List<String> unlabelledControls() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "const out = [];"
                + "for (const e of document.querySelectorAll('a[href], button, input, select, textarea')) {"
                + "  const box = e.getBoundingClientRect();"
                + "  const skip = e.classList.contains('skip');"
                + "  if (e.closest('[hidden]') || (box.width === 0 && box.height === 0 && !skip)) { continue; }"
                + "  const named = (e.getAttribute('aria-label') || '').trim()"
                + "    || (e.labels ? [...e.labels].map(l => l.textContent).join('').trim() : '')"
                + "    || (e.getAttribute('aria-labelledby') || '').split(' ').map(id => document.getElementById(id))"
                + "         .filter(x => x).map(x => x.textContent).join('').trim()"
                + "    || (['A', 'BUTTON'].includes(e.tagName) ? e.textContent.trim() : '')"
                + "    || (e.getAttribute('title') || '').trim();"
                + "  if (!named) { out.push(e.outerHTML.slice(0, 160)); }"
                + "}"
                + "return out;");
    }

    /** Whether the focused element draws a visible focus ring (an outline at least 2 px wide). */
    public boolean focusVisible() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const s = getComputedStyle(document.activeElement);"
                + "return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;");
    }

    /** Runs an async script in the page; its callback is the last argument. */
    public Object script(String asyncScript) {
        return ((JavascriptExecutor) driver).executeAsyncScript(asyncScript);
    }

    /** Saves the page as {@code target/console-screenshots/<name>.png}, for a reviewer to look at. */
    public void screenshot(String name) throws IOException {
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
