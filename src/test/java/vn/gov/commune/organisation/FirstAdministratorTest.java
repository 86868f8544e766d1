package vn.gov.commune.organisation;

import vn.gov.commune.security.Roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.commune.CommuneWorkflowApplication;
import vn.gov.commune.support.SeparateJvm;

/**
 * Outside the demo profile there is no fixed password: the first administrator gets ADMIN_PASSWORD
 * (which must satisfy the staff password policy) or a random password logged once, and no demo user
 * exists. Runs its own engine on a private
 * in-memory database.
 */
@Tag(SeparateJvm.TAG)
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

  /** Command-line arguments outrank application.yaml and the environment of the run. */
  private static ConfigurableApplicationContext start(String database, String adminPassword) {
    return new SpringApplicationBuilder(CommuneWorkflowApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
            "--spring.datasource.username=sa",
            "--spring.datasource.password=",
            "--spring.datasource.driver-class-name=org.h2.Driver",
            "--camunda.bpm.database.type=h2",
            "--camunda.bpm.job-execution.enabled=false",
            "--app.demo.enabled=false",
            "--app.admin.user-id=chief",
            "--app.admin.password=" + adminPassword);
  }

  @Test
  void withoutAPasswordARandomOneIsGeneratedAndLoggedOnce(CapturedOutput output) {
    try (ConfigurableApplicationContext app = start("admin-random", "")) {
      IdentityService identity = app.getBean(IdentityService.class);
      Matcher m = Pattern.compile("Created the administrator 'chief' with the generated password: (\\S+)").matcher(output.getOut());
      assertThat(m.find()).isTrue();
      String password = m.group(1);
      assertThat(password).hasSizeGreaterThanOrEqualTo(20);
      assertThat(identity.checkPassword("chief", password)).isTrue();
      assertThat(identity.checkPassword("chief", "chief")).isFalse();
      assertThat(identity.createUserQuery().userId("demo").count()).isZero();
      assertThat(identity.createUserQuery().memberOfGroup(Roles.CLERK).count()).isZero();
      assertThat(identity.createGroupQuery().groupIdIn(Roles.NAMES.keySet().toArray(String[]::new)).count())
          .isEqualTo(Roles.NAMES.size());

      // a second start finds the administrator and generates nothing
      app.getBean(IdentityBootstrap.class).createFirstAdministrator();
      assertThat(output.getOut().split("generated password", -1)).hasSize(2);
    }
  }

  @Test
  void aWeakAdministratorPasswordStopsTheStartWithTheReason() {
    assertThatThrownBy(() -> start("admin-weak", "chief2026").close())
        .hasMessageContaining("Mật khẩu không đạt chính sách")
        .hasMessageContaining("ít nhất 10 ký tự");
  }

  @Test
  void theAdministratorPasswordComesFromTheEnvironment(CapturedOutput output) {
    try (ConfigurableApplicationContext app = start("admin-env", "S3cret-from-env")) {
      assertThat(app.getBean(IdentityService.class).checkPassword("chief", "S3cret-from-env")).isTrue();
      assertThat(output.getOut()).doesNotContain("S3cret-from-env").doesNotContain("generated password");
    }
  }
}
