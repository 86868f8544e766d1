package vn.gov.commune.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (the system's {@code /usr/bin/chromium}, driven by the system's
 * {@code /usr/bin/chromedriver}: Debian's {@code chromium} and {@code chromium-driver}) on the product
 * at {@code http://localhost:<port>}, with a 1280x800 window and the browser language of a person
 * ({@code en-US} shows that the product's Vietnamese wins over the browser's English). Finds things
 * the way a person does: by their visible text. Screenshots go to {@code target/browser-screenshots/} (the build's directory).
 * Other paths: {@code -Dbrowser.chromium=...}, {@code -Dbrowser.chromedriver=...}.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of(System.getProperty("build.directory", "target"), "browser-screenshots");
  static final Duration WAIT = Duration.ofSeconds(60);
  static final Duration FIRST_PAGE = Duration.ofMinutes(3);
  /** The last byte of each browser's client address (198.18.0.0/15 is for tests of network devices). */
  private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String base;
  private final Path downloads;

  private Browser(ChromeDriver driver, String base, Path downloads) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
    this.base = base;
    this.downloads = downloads;
  }

  /**
   * A browser on the product at {@code port} with the language and time zone of its user's computer
   * (e.g. "en-US", "Asia/Ho_Chi_Minh"); fails (does not skip) when Chromium or chromedriver is missing.
   */
  static Browser open(int port, String browserLanguage, String timeZone) {
    File chromium = executable("browser.chromium", "/usr/bin/chromium");
    File chromedriver = executable("browser.chromedriver", "/usr/bin/chromedriver");
    Path downloads;
    try {
      Files.createDirectories(SCREENSHOTS);
      downloads = Files.createTempDirectory("browser-downloads");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-extensions",
        "--disable-background-networking", "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--window-size=1280,800", "--lang=" + browserLanguage);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages", browserLanguage,
            "download.default_directory", downloads.toAbsolutePath().toString(),
            "download.prompt_for_download", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", timeZone))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(FIRST_PAGE).scriptTimeout(WAIT);
    // a person's own computer: its address (through the trusted local proxy) is not the one every HTTP test
    // speaks from, so the login throttle counts this browser's attempts on their own
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", "198.18.0." + ADDRESSES.incrementAndGet() % 250)));
    // the page itself 1280x800 (the window's size includes what headless Chromium keeps for its frame)
    Browser browser = new Browser(driver, "http://localhost:" + port, downloads);
    driver.get("about:blank");
    browser.resize(1280, 800);
    return browser;
  }

  private static File executable(String property, String standardPath) {
    File file = new File(System.getProperty(property, standardPath));
    if (!file.canExecute()) {
      fail(
          "Browser tests need %s (not found or not executable). Install Chromium and its driver: "
              + "apt-get install chromium chromium-driver (Debian; .ci/run does it), or point to them with "
              + "-Dbrowser.chromium=... -Dbrowser.chromedriver=...",
          file);
    }
    return file;
  }

  ChromeDriver driver() {
    return driver;
  }

  String url(String path) {
    return base + path;
  }

  void go(String path) {
    driver.get(url(path));
  }

  /**
   * Logs {@code user} (password = user id in the demo data) in to a Camunda webapp ({@code tasklist},
   * {@code cockpit}, {@code admin}), after logging out whoever was logged in, and waits for the app's
   * page behind the login form.
   */
  void logIn(String app, String user) {
    logOut();
    go("/camunda/app/" + app + "/default/");
    // the first page of an app loads its many scripts: slow on a busy machine
    By username = By.cssSelector("input[ng-model='username']");
    java.util.function.Function<org.openqa.selenium.WebDriver, WebElement> loginForm =
        d -> d.findElements(username).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    WebElement name;
    try {
      name = new WebDriverWait(driver, WAIT, Duration.ofMillis(100)).until(loginForm);
    } catch (TimeoutException e) {
      // seen once in a full CI run: Cockpit's first page kept its spinner; a person would reload, so do we (once)
      System.err.println("Browser: no login form of " + app + " after " + WAIT.toSeconds() + " s, reloading once");
      driver.navigate().refresh();
      name = until(FIRST_PAGE, "the login form", loginForm);
    }
    // the two-step login script adds its field to the form while it renders: type again until both fields hold
    // exactly what was typed, so no keystroke lands in the wrong field
    By password = By.cssSelector("input[ng-model='password']");
    for (int attempt = 1; ; attempt++) {
      WebElement nameField = driver.findElement(username);
      WebElement passwordField = driver.findElement(password);
      nameField.clear();
      nameField.sendKeys(user);
      passwordField.clear();
      passwordField.sendKeys(user);
      pause(Duration.ofMillis(200));
      if (user.equals(driver.findElement(username).getAttribute("value"))
          && user.equals(driver.findElement(password).getAttribute("value"))) {
        break;
      }
      if (attempt == 5) {
        shot("login-" + app + "-" + user + "-typing-failed");
        fail("could not type %s's credentials into the login form of %s", user, app);
      }
    }
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    try {
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    } catch (TimeoutException e) {
      shot("login-" + app + "-" + user + "-failed");
      String page = text();
      String again = loginAnswer(app, user);
      if (!again.startsWith("200 ")) {
        fail("%s could not log in to %s; the page says: %s; the same login sent again answers: %s", user, app, page, again);
      }
      // refused once, accepted when sent again from the same page (seen once in CI, cause not known): a person
      // would log in again; the refusal is printed so that a pattern shows in the logs
      System.err.println("Browser: login of " + user + " to " + app + " refused once, accepted when sent again; the page said: " + page);
      driver.navigate().refresh();
      until(FIRST_PAGE, "the page behind the login form",
          d -> d.findElements(By.cssSelector("input[ng-model='username']")).stream().noneMatch(WebElement::isDisplayed) ? Boolean.TRUE : null);
    }
  }

  /**
   * Why a login was refused: the login call sent again from the page (its session and CSRF token), with
   * the HTTP status and the start of the answer (401 password or account, 403 application, 429 throttle).
   */
  private String loginAnswer(String app, String user) {
    try {
      Object answer = driver.executeAsyncScript(
          """
          const done = arguments[arguments.length - 1];
          const token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1] || '';
          fetch('/camunda/api/admin/auth/user/default/login/' + arguments[0], {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token},
            body: 'username=' + encodeURIComponent(arguments[1]) + '&password=' + encodeURIComponent(arguments[1])
          }).then(r => r.text().then(t => done(r.status + ' ' + t.substring(0, 300))), e => done('no answer: ' + e));
          """,
          app, user);
      return String.valueOf(answer);
    } catch (RuntimeException e) {
      return "not sent (" + e.getClass().getSimpleName() + ")";
    }
  }

  /**
   * Ends the webapps' session, as closing the browser would: the open page is left first (an app page still
   * open keeps polling, and a request of it answered after the cookies are gone starts a session whose CSRF
   * token the next login does not carry: 403, seen in CI), then every cookie is removed; the chosen language
   * (kept in the browser's local storage) stays.
   */
  void logOut() {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  /** The visible text of the page. */
  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Waits until the page shows each of {@code texts}; fails with a screenshot and the page's text otherwise. */
  void waitForText(String... texts) {
    for (String text : texts) {
      until("text \"" + text + "\"", d -> text().contains(text) ? Boolean.TRUE : null);
    }
  }

  /**
   * The visible element (link, button, label, menu entry) that shows exactly {@code text}: the
   * innermost element containing it, compared by its visible text (hidden parts such as an empty
   * counter do not count; a filter's task count after it, "Việc của tôi 2" or "(2)", is allowed).
   */
  WebElement visible(String text) {
    String literal = xpathLiteral(text);
    By by = By.xpath("//body//*[contains(normalize-space(), " + literal + ")][not(*[contains(normalize-space(), " + literal + ")])]");
    java.util.regex.Pattern withCount = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(text) + "(\\s*\\(?\\d+\\)?)?");
    return until("something showing the text \"" + text + "\"",
        d -> d.findElements(by).stream()
            .filter(e -> e.isDisplayed() && withCount.matcher(e.getText().strip()).matches())
            .findFirst()
            .orElse(null));
  }

  /** Waits for {@code condition}; fails with a screenshot and the page's text when it does not come. */
  <T> T until(String what, java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    return until(WAIT, what, condition);
  }

  <T> T until(Duration timeout, String what, java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    try {
      // an element found by the condition may be replaced while it is looked at (Angular re-renders the
      // form while it loads): that is a "not yet", not a failure
      return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(condition);
    } catch (TimeoutException e) {
      String name = "missing-" + System.currentTimeMillis();
      shot(name);
      return fail("No %s (screenshot %s.png) at %s; the page shows:%n%s", what, name, driver.getCurrentUrl(), text());
    }
  }

  void click(String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        click(visible(text));
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
        // the element was replaced between finding and clicking it: find it again
      }
    }
  }

  /** Clicks {@code element} once scrolled to the middle of the page (the footer stays over the bottom). */
  void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'})", element);
    wait.until(ExpectedConditions.elementToBeClickable(element));
    element.click();
  }

  /** The first visible element found by {@code by}. */
  WebElement find(By by) {
    return until(by.toString(), d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Types into a form-js field (whose input id contains the field's id) and leaves it, as a person tabs on. */
  void type(String fieldId, String value) {
    WebElement input = find(By.cssSelector("input[id*='" + fieldId + "'], textarea[id*='" + fieldId + "']"));
    input.clear();
    input.sendKeys(value);
    pause(Duration.ofMillis(300)); // form-js takes typed values after a short debounce
  }

  void checkLabel(String labelText) {
    click(labelText);
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /**
   * GETs {@code href} from inside the page, with the page's login session and no Authorization header
   * (as a click on the link would): status, Content-Type, Content-Disposition and the body in base64.
   */
  @SuppressWarnings("unchecked")
  Map<String, Object> fetchInPage(String href) {
    Object answer =
        ((JavascriptExecutor) driver).executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                + "  return r.blob().then(function (blob) {"
                + "    var reader = new FileReader();"
                + "    reader.onload = function () {"
                + "      var url = String(reader.result);"
                + "      done({status: r.status, type: r.headers.get('Content-Type') || '',"
                + "            disposition: r.headers.get('Content-Disposition') || '',"
                + "            base64: url.substring(url.indexOf(',') + 1)});"
                + "    };"
                + "    reader.readAsDataURL(blob);"
                + "  });"
                + "}).catch(function (e) { done({status: -1, base64: '', error: String(e)}); });",
            href);
    return (Map<String, Object>) answer;
  }

  /** The page's size, e.g. a phone's 390x844. */
  void resize(int width, int height) {
    Number frameWidth = (Number) script("return window.outerWidth - window.innerWidth");
    Number frameHeight = (Number) script("return window.outerHeight - window.innerHeight");
    driver.manage().window().setSize(new Dimension(width + frameWidth.intValue(), height + frameHeight.intValue()));
  }

  /** A 1280x800 screenshot of the window into target/browser-screenshots/{name}.png. */
  Path shot(String name) {
    Path target = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  Path downloads() {
    return downloads;
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  @Override
  public void close() {
    driver.quit();
  }
}
