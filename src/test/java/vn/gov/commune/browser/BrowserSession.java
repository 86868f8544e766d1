package vn.gov.commune.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The one browser of a {@link BrowserTest} class: an English-speaking browser in Vietnam's time zone
 * (a class may give another, {@link #timeZone()}), opened before the class's tests and closed after
 * them, with the Tasklist helpers on it.
 */
abstract class BrowserSession {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  Browser browser;
  Tasklist tasklist;

  @BeforeAll
  void openBrowser() {
    browser = Browser.open(port, "en-US", timeZone());
    tasklist = new Tasklist(browser, engine);
  }

  /** The time zone of the computer the browser runs on. */
  String timeZone() {
    return "Asia/Ho_Chi_Minh";
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
