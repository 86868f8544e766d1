package vn.gov.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The module boundaries, checked on the compiled classes (no Spring context, no database). Each
 * package directly under {@code vn.gov.commune} is a module; its sub-packages ({@code security.login},
 * {@code plan.importer}, {@code dossier.steps}, …) are its internals. Spring Modulith fails this test
 * on a dependency cycle between modules and on a class of one module using another module's
 * internals. The module map in the README is the list {@link #EXPECTED} below.
 *
 * <p>Spring Modulith reads the byte code, where a {@code static final String} constant of another
 * module (such as a role name) has been copied in by the compiler and leaves no trace; so the source
 * is read as well, and a cycle between modules through their {@code import}s (or fully qualified
 * names) fails too.
 */
class ModuleStructureTest {

  static final ApplicationModules MODULES = ApplicationModules.of(CommuneWorkflowApplication.class, new ImportOption.DoNotIncludeTests());

  /** The modules of the product; a new top-level package must be added here (and to the README's module map). */
  static final List<String> EXPECTED = List.of(
      "calendar", "catalogue", "certification", "digitisation", "documents", "dossier", "engine", "integration",
      "organisation", "plan", "report", "security", "shared", "simulator", "web");

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

  @Test
  void sourcesHaveNoCycleBetweenModules() throws IOException {
    Map<String, Set<String>> uses = sourceDependencies(Path.of("src/main/java"));
    assertThat(uses.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED);
    assertThat(cycle(uses)).as("a cycle between modules in the sources").isEmpty();
  }

  /** The source check can fail: a cycle of three modules is found and named in order. */
  @Test
  void theSourceCheckFindsACycle() {
    Map<String, Set<String>> uses = new TreeMap<>(Map.of(
        "a", Set.of("b", "shared"), "b", Set.of("c"), "c", Set.of("a"), "shared", Set.of()));
    assertThat(cycle(uses)).containsExactly("a", "b", "c", "a");
    uses.put("c", Set.of("shared"));
    assertThat(cycle(uses)).isEmpty();
  }

  /** Imports and names in code and JPQL count; a name in a comment does not. */
  @Test
  void theSourceScanReadsImportsAndCodeButNotComments(@TempDir Path sources) throws IOException {
    Path root = sources.resolve("vn/gov/commune");
    Files.createDirectories(root.resolve("organisation"));
    Files.createDirectories(root.resolve("security"));
    Files.createDirectories(root.resolve("plan"));
    Files.writeString(root.resolve("organisation/A.java"),
        "package vn.gov.commune.organisation;\nimport vn.gov.commune.security.CurrentUser;\nclass A {}\n");
    Files.writeString(root.resolve("security/B.java"),
        "package vn.gov.commune.security;\n/** Like {@link vn.gov.commune.organisation.A}. */\nclass B {\n"
            + "  String s = \"// not a comment\"; char c = '\"'; // vn.gov.commune.plan.X\n"
            + "  Object o = vn.gov.commune.organisation.A.class;\n}\n");
    Files.writeString(root.resolve("plan/C.java"),
        "package vn.gov.commune.plan;\nclass C { String q = \"select d from Dossier d where d.channel = vn.gov.commune.dossier.Channel.ONLINE\"; }\n");
    Map<String, Set<String>> uses = sourceDependencies(sources);
    assertThat(uses).containsEntry("organisation", Set.of("security")).containsEntry("security", Set.of("organisation"))
        .containsEntry("plan", Set.of("dossier"));
    assertThat(cycle(uses)).containsExactly("organisation", "security", "organisation");
  }

  private static final Pattern REFERENCE = Pattern.compile("\\bvn\\.gov\\.commune\\.([a-z]\\w*)\\.");

  /** Comments (a name there is no dependency) and string and character literals (kept: JPQL names entities of other modules). */
  private static final Pattern COMMENT_OR_STRING = Pattern.compile("(\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])+')|//[^\\n]*|/\\*(?s:.*?)\\*/");

  /** Module → the other modules its code names (imports, fully qualified names, also in JPQL strings; not in comments). */
  static Map<String, Set<String>> sourceDependencies(Path sources) throws IOException {
    Path root = sources.resolve("vn/gov/commune");
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Path relative = root.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // the application class itself
        }
        String module = relative.getName(0).toString();
        Set<String> used = uses.computeIfAbsent(module, m -> new TreeSet<>());
        String code = COMMENT_OR_STRING.matcher(Files.readString(file)).replaceAll(c -> c.group(1) != null ? Matcher.quoteReplacement(c.group(1)) : " ");
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
          if (!m.group(1).equals(module)) {
            used.add(m.group(1));
          }
        }
      }
    }
    return uses;
  }

  /** One cycle (first module repeated at the end), or empty. */
  static List<String> cycle(Map<String, Set<String>> uses) {
    Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
    for (String start : uses.keySet()) {
      List<String> path = new ArrayList<>();
      List<String> found = visit(start, uses, state, path);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> visit(String module, Map<String, Set<String>> uses, Map<String, Integer> state, List<String> path) {
    Integer seen = state.get(module);
    if (seen != null && seen == 2) {
      return List.of();
    }
    if (seen != null) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(module), path.size()));
      cycle.add(module);
      return cycle;
    }
    state.put(module, 1);
    path.add(module);
    for (String next : new TreeSet<>(uses.getOrDefault(module, Set.of()))) {
      List<String> found = visit(next, uses, state, path);
      if (!found.isEmpty()) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    state.put(module, 2);
    return List.of();
  }
}
