package vn.gov.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The module boundaries, checked on the compiled classes (no Spring context, no database). Each
 * package directly under {@code vn.gov.commune} is a module; its sub-packages ({@code security.login},
 * {@code plan.importer}, {@code dossier.steps}, …) are its internals. Spring Modulith fails this test
 * on a dependency cycle between modules and on a class of one module using another module's
 * internals. The module map in the README is the list {@link #MODULES} below.
 */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(CommuneWorkflowApplication.class, new ImportOption.DoNotIncludeTests());

  /** The modules of the product; a new top-level package must be added here (and to the README's module map). */
  static final List<String> EXPECTED = List.of(
      "calendar", "catalogue", "certification", "digitisation", "documents", "dossier", "engine", "integration",
      "organisation", "plan", "security", "shared", "simulator", "web");

  @Test
  void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
    MODULES.verify();
  }

  @Test
  void everyTopLevelPackageIsAKnownModule() {
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString).sorted().toList())
        .containsExactlyElementsOf(EXPECTED);
  }

  /** The check can fail: a module graph with a cycle and a use of internals is refused, naming both. */
  @Test
  void theCheckRefusesACycleAndAUseOfInternals() {
    ApplicationModules broken = ApplicationModules.of("fixture.modulecheck", location -> true);
    Violations violations = broken.detectViolations();
    assertThat(violations.hasViolations()).isTrue();
    assertThat(violations.getMessages())
        .anySatisfy(m -> assertThat(m).contains("Cycle detected"))
        .anySatisfy(m -> assertThat(m).contains("non-exposed type").contains("fixture.modulecheck.beta.inner.Hidden"));
    assertThatThrownBy(broken::verify).isInstanceOf(Violations.class);
  }
}
