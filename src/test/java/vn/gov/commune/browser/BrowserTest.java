package vn.gov.commune.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import vn.gov.commune.support.IntegrationTest;

/**
 * A test that drives the product's screens in a headless Chromium (see {@link Browser}), against the
 * shared test application (demo data on, the run's database). One browser per class, so the class
 * has one instance. {@code -Dbrowser.tests=false} skips these classes on a machine without Chromium;
 * otherwise a missing Chromium or chromedriver fails them (CI installs both).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfSystemProperty(named = "browser.tests", matches = "false", disabledReason = "-Dbrowser.tests=false")
public @interface BrowserTest {}
