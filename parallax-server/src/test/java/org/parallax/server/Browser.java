package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian {@code chromium} driven by {@code chromium-driver} (Selenium 4), for one browser
 * test class. Where either is missing the test class is skipped with a message saying what to
 * install; with {@code CI=true} it fails instead, since CI ({@code .ci/run}) installs both.
 * Screenshots go to {@code target/screenshots/}, and to {@code docs/screenshots/} (the README's) with
 * {@code -Dparallax.updateScreenshots=true}.
 */
final class Browser implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final URI base;

    private Browser(ChromeDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** A headless browser for pages of the server at {@code base}; skips (or, in CI, fails) without chromium. */
    static Browser open(URI base) {
        Optional<Path> browser = firstExisting(BROWSERS);
        Optional<Path> chromedriver = firstExisting(DRIVERS);
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            String message = "the browser tests need Debian's chromium and chromium-driver (" + BROWSERS.get(0) + ", "
                    + DRIVERS.get(0) + "): apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and " + message);
            }
            Assumptions.abort("skipped: " + message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1200,900", "--hide-scrollbars", "--lang=en-GB", "--no-first-run",
                "--disable-extensions", "--disable-background-networking");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new Browser(driver, base);
    }

    private static Optional<Path> firstExisting(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the app ({@code #/story/s1}) and waits until the element {@code css} of its view is there. */
    WebElement open(String hash, String css) {
        driver.get(base.resolve("/" + hash).toString());
        return waitFor(css);
    }

    /** Waits until an element matching {@code css} is visible, and returns it. */
    WebElement waitFor(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until an element matching {@code css} contains {@code text}, and returns it. */
    WebElement waitForText(String css, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits until the view has rendered (main not busy). */
    void rendered() {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.attributeToBe(By.id("main"), "aria-busy", "false"));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Whether an alert (window.alert from injected code) is open. */
    boolean alertOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Waits for the token dialog (the first write of a tab asks for the token) and gives it {@code token}. */
    void giveToken(String token) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("token-dialog")), "open"));
        driver.findElement(By.id("token-input")).sendKeys(token);
        driver.findElement(By.id("token-ok")).click();
    }

    /** Saves a screenshot of the window as {@code name}.png (see the class comment for where). */
    void screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        assertThat(png).isNotEmpty();
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.write(target.resolve(name + ".png"), png);
            if (Boolean.getBoolean("parallax.updateScreenshots")) {
                Path docs = TestServer.ROOT.resolve("docs").resolve("screenshots");
                Files.createDirectories(docs);
                Files.write(docs.resolve(name + ".png"), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
