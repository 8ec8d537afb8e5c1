package dev.notegraph.explorer.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The system Chromium, headless, driven by the system chromedriver: nothing is downloaded. */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(String baseUrl) throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("chromium-profile");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    void open(String hashRoute) {
        driver.get(baseUrl + "/#/" + hashRoute);
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(45))
                .pollingEvery(Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class) // the page re-renders while we look
                .until(condition);
    }

    WebElement find(String css) {
        return waitFor(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Nodes on the page's Cytoscape graph; -1 while there is none. */
    long graphNodes() {
        return ((Number) js("return window.cy ? window.cy.nodes().length : -1;")).longValue();
    }

    /**
     * The renderer's main-thread busy time so far, in ms, from Chrome's own counters (CDP Performance):
     * what makes a page freeze, and unlike wall-clock time not inflated by other processes on the machine.
     */
    long mainThreadBusyMs() {
        driver.executeCdpCommand("Performance.enable", java.util.Map.of());
        @SuppressWarnings("unchecked")
        var metrics = (java.util.List<java.util.Map<String, Object>>)
                driver.executeCdpCommand("Performance.getMetrics", java.util.Map.of())
                        .get("metrics");
        return metrics.stream()
                .filter(m -> "TaskDuration".equals(m.get("name")))
                .mapToLong(m -> Math.round(((Number) m.get("value")).doubleValue() * 1000))
                .findFirst()
                .orElse(-1);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        } catch (IOException e) {
            // A leftover temp profile is harmless; the test result matters more.
        }
    }
}
