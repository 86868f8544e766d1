package vn.gov.commune.simulator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.gov.commune.CommuneWorkflowApplication;
import vn.gov.commune.support.SeparateJvm;

/** The simulated national services never run outside the demo and the tests: start-up refuses. */
@Tag(SeparateJvm.TAG)
class SimulatorsStartupCheckTest {

  @Test
  void theSimulatorsProfileWithoutDemoOrTestFailsStartUp() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(CommuneWorkflowApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .profiles("h2mem", "simulators")
                    .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:simulators-startup-check")
                    .close())
        .hasStackTraceContaining("simulators")
        .hasStackTraceContaining("only with profile 'demo' or 'test'");
  }
}
