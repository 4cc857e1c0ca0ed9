package io.paymentledger.ledger.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by chromedriver, both from the Debian packages {@code chromium} and
 * {@code chromium-driver} (.ci/run installs them). Without them the browser tests fail: they are not skipped.
 */
public final class DashboardBrowser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path[] BROWSERS = {Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")};
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    public final WebDriver driver;

    public DashboardBrowser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        for (Path browser : BROWSERS) {
            if (Files.isExecutable(browser)) {
                options.setBinary(browser.toFile());
                break;
            }
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        if (Files.isExecutable(DRIVER)) {
            service.usingDriverExecutable(DRIVER.toFile());
        }
        driver = new ChromeDriver(service.build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Clicks and waits until the page the click loads has replaced this one. */
    public void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    public void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> replaced(page));
    }

    // Chromium answers a node of an unloaded page as stale, or as no longer in "the document".
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException gone) {
            return String.valueOf(gone.getMessage()).contains("does not belong to the document");
        }
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
