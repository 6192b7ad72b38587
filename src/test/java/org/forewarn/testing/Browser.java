package org.forewarn.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own chromedriver, headless, with nothing downloaded: the paths
 * are given so Selenium Manager never goes to the network.
 */
public final class Browser implements AutoCloseable {

    /**
     * Where screenshots go: target/screenshots, so a test run leaves the tree as it found it; with
     * {@code -Dforewarn.docs.refresh=true}, docs/screenshots (the README's pictures).
     */
    public static final Path SCREENSHOTS = Boolean.getBoolean("forewarn.docs.refresh") ? Path.of("docs", "screenshots")
            : Path.of("target", "screenshots");

    public final WebDriver driver;
    private final String base;
    private final Path profile;
    private final Path downloads;

    public Browser(int port) {
        Path chromium = Path.of(System.getProperty("forewarn.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("forewarn.chromedriver", "/usr/bin/chromedriver"));
        requireInstalled(chromium, chromedriver);
        try {
            profile = Files.createTempDirectory("forewarn-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=en-US", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        downloads = profile.resolve("downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        base = "http://localhost:" + port;
    }

    /** The browser tests are never skipped: without Chromium they fail and say how to install it. */
    private static void requireInstalled(Path chromium, Path chromedriver) {
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The console's browser tests need " + chromium + " and " + chromedriver
                    + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String user, String password) {
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitFor(ExpectedConditions.urlContains("/console"));
    }

    public WebElement find(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves the page as docs/screenshots/NAME.png (shown in the README). */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not just the window: the window grows to the page's height for the shot. */
    public void fullPageScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(4000, height.intValue() + 120)));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Waits for a download whose name ends so to finish, and answers where it is. Chromium may create the
     * file under its final name before it writes it: finished means no partial download (.crdownload) is
     * left and the file is not empty.
     */
    public Path awaitDownload(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(Files.createDirectories(downloads))) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                Path found = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst()
                        .orElse(null);
                return found != null && Files.size(found) > 0 ? found : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        driver.quit();
        TestEnvironment.deleteQuietly(profile);
    }
}
