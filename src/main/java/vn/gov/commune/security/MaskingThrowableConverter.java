package vn.gov.commune.security;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** Stack traces (Spring Boot's {@code %wEx}) with personal ID numbers in exception messages masked. */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalIdMasking.mask(super.convert(event));
  }
}
