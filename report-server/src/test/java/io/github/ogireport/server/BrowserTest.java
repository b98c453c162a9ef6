package io.github.ogireport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page in a real headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run}
 * installs): upload a sample through the file input, see the findings report with the rule's cells
 * marked, take a screenshot ({@code target/screenshots/}). Skipped where Chromium is not installed.
 * Same context as {@link ServerTest}.
 */
@SpringBootTest(classes = ReportServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.address=127.0.0.1", "spring.servlet.multipart.max-file-size=2MB",
        "spring.servlet.multipart.max-request-size=3MB", "spring.servlet.multipart.file-size-threshold=3MB"})
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static Path profile;
  private static WebDriver driver;

  @LocalServerPort int port;

  @BeforeAll
  static void startChromium() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "no /usr/bin/chromium or /usr/bin/chromedriver: install Debian's chromium and chromium-driver "
            + "(.ci/run does) to run the browser test");
    profile = Files.createTempDirectory("ogi-report-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    // without the background-networking flags the closed network makes Chromium fail at start
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1400", "--lang=zh-CN",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // a profile file Chromium still holds: left for the temp cleaner
      }
    }
  }

  private void loadPage() {
    driver.get("http://127.0.0.1:" + port + "/");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
  }

  private void waitForReport() {
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
      d.switchTo().defaultContent();
      WebElement error = d.findElement(By.id("error"));
      if (error.isDisplayed()) {
        throw new AssertionError("the page shows an error: " + error.getText());
      }
      return "true".equals(d.findElement(By.id("result")).getDomAttribute("data-loaded"));
    });
  }

  @Test
  void uploadedSampleShowsTheMarkedCells() throws IOException {
    loadPage();
    Path sample = ServerTest.SEED_004.toAbsolutePath().normalize();
    driver.findElement(By.cssSelector("input[type=file]")).sendKeys(sample.toString());
    waitForReport();
    assertThat(driver.findElement(By.id("status")).getText()).contains("seed-004-zhangdian-2020.txt");

    driver.switchTo().frame("result");
    // data-rule lists the rules of a cell separated by spaces: ~= matches one of them
    List<WebElement> marked = driver.findElements(By.cssSelector("[data-rule~=\"review.total\"]"));
    assertThat(marked).as("elements marked with review.total").isNotEmpty();
    assertThat(marked).as("a visible mark showing the reported 9 (samples/README.md: 总计 9 ≠ 18)")
        .anyMatch(e -> e.isDisplayed() && e.getText().contains("9"));
    // the marked cells in view for the screenshot
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", marked.get(0));
    driver.switchTo().defaultContent();

    Files.createDirectories(SCREENSHOTS);
    byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve("check.png"), png);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void pastedConsistentReportMarksNoReviewTotal() throws IOException {
    loadPage();
    String text = Files.readString(Path.of("../samples/f01-huaian-2024.layout.txt"));
    ((JavascriptExecutor) driver).executeScript("document.getElementById('paste').value = arguments[0];", text);
    driver.findElement(By.id("check-paste")).click();
    waitForReport();
    driver.switchTo().frame("result");
    assertThat(driver.findElements(By.cssSelector("[data-rule~=\"review.total\"]"))).isEmpty();
    assertThat(driver.getPageSource()).contains("淮安市人民政府");
    driver.switchTo().defaultContent();
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve("paste.png"),
        ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
