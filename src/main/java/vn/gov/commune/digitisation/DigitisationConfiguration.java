package vn.gov.commune.digitisation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DigitisationProperties.class)
class DigitisationConfiguration {}
