package vn.gov.commune.security;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback {@code %m}, {@code %msg} and {@code %message} with personal ID numbers masked. */
public class MaskingMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalIdMasking.mask(super.convert(event));
  }
}
