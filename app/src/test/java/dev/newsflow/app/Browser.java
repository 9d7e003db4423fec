package dev.newsflow.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven through its chromedriver (Selenium), both found on this machine: Debian's
 * {@code chromium} and {@code chromium-driver} packages ({@code .ci/run} installs them), or the programs named by
 * {@code NEWSFLOW_CHROMIUM} and {@code NEWSFLOW_CHROMEDRIVER}. Selenium's own driver download is never used (it would
 * need the internet). Each browser gets a fresh profile folder.
 */
final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUMS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Why no browser can run here, or empty when one can. */
    static Optional<String> missing() {
        if (find("NEWSFLOW_CHROMIUM", CHROMIUMS).isEmpty()) {
            return Optional.of("no Chromium (apt-get install chromium chromium-driver, or set NEWSFLOW_CHROMIUM)");
        }
        if (find("NEWSFLOW_CHROMEDRIVER", DRIVERS).isEmpty()) {
            return Optional.of("no chromedriver (apt-get install chromium-driver, or set NEWSFLOW_CHROMEDRIVER)");
        }
        return Optional.empty();
    }

    /** A headless browser with a window of {@code width} x {@code height}. */
    static Browser start(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("newsflow-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find("NEWSFLOW_CHROMIUM", CHROMIUMS).orElseThrow());
        // headless as root on a machine without display, GPU or network: no sandbox, nothing fetched in the background
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(find("NEWSFLOW_CHROMEDRIVER", DRIVERS).orElseThrow()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, profile);
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves what the window shows to {@code file}. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> find(String env, List<String> candidates) {
        String configured = System.getenv(env);
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured)) ? Optional.of(configured) : Optional.empty();
        }
        return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
