package vn.gov.commune;

import org.springframework.boot.SpringApplication;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Camunda 7 deployment for Vietnamese commune governments: TTHC dossiers and plan tasks. */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class CommuneWorkflowApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  public static void main(String[] args) {
    SpringApplication.run(CommuneWorkflowApplication.class, args);
  }
}
