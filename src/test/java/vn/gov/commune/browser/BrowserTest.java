package vn.gov.commune.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import vn.gov.commune.support.IntegrationTest;

/**
 * A test that drives the product's screens in a headless Chromium (see {@link Browser}), against the
 * shared test application (demo data on, the run's database). One browser per class, so the class
 * has one instance. A missing Chromium or chromedriver fails them with a message saying how to install
 * them (CI installs both): the screens are part of what the suite proves, never skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public @interface BrowserTest {}
