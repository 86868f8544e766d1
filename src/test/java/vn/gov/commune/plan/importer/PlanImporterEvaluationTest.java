package vn.gov.commune.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.commune.digitisation.ContentInspector;
import vn.gov.commune.digitisation.DigitisationProperties;
import vn.gov.commune.plan.importer.PlanDraft.TaskDraft;

/**
 * The importer's quality over plans the team wrote by hand (src/test/resources/plans/eval), one per
 * layout communes use, each imported as DOCX and as PDF through the same reader as the REST endpoint.
 * Every plan has its task list written by hand ({@code *.expected.tsv}: content prefix, deadline
 * dd/MM/yyyy, "x" if recurring, lead unit, coordinating units separated by ";", product).
 *
 * <p>A found task matches an expected one when its content (folded: no diacritics, lowercase, spaces
 * collapsed, a leading bullet dropped) starts with the expected prefix; each is matched once. Recall =
 * matched / expected, precision = matched / found; deadline, recurrence, lead unit, coordinating units
 * and product are the shares of matched tasks where the importer got them right. The figures are
 * printed per layout and format and overall; the suite fails below recall 0.9, precision 0.95,
 * deadlines 0.95 and lead units 0.85 overall, and below recall 0.8 for any one document.
 *
 * <p>Plans a–e were written first and the importer tuned on them; f (an appendix "biểu" with letter
 * groups, a "Ghi chú" column, "Quý II và Quý IV/2026") and g (lettered tasks under units, "+" details,
 * a unit pair heading, "thời gian: …" inline) were written afterwards as a check on unseen layouts. Their
 * first run: recall, precision, recurrence and lead units 1.00 in both formats, deadlines 1.00 except
 * g.docx 0.86 ("…; thời gian: tháng 11/2025" inside a sentence was not read; now it is).
 */
class PlanImporterEvaluationTest {

  static final List<String> PLANS = List.of(
      "a-appendix-table", "b-unit-sections", "c-numbered-headings", "d-bullets-recurrence", "e-body-table",
      // written after the importer was tuned on the five above, kept as they first scored (see the class comment)
      "f-holdout-table", "g-holdout-units");

  private final PlanDocumentReader reader = new PlanDocumentReader(new ContentInspector(new DigitisationProperties()));
  private final PlanTextParser parser = new PlanTextParser();

  record Expected(String prefix, LocalDate deadline, boolean recurring, String lead, Set<String> coordinating, String product) {}

  /** Counts of one evaluation. */
  static final class Score {
    int expected;
    int found;
    int matched;
    int deadline;
    int recurrence;
    int lead;
    int coordinating;
    int product;
    final List<String> misses = new ArrayList<>();

    void add(Score o) {
      expected += o.expected;
      found += o.found;
      matched += o.matched;
      deadline += o.deadline;
      recurrence += o.recurrence;
      lead += o.lead;
      coordinating += o.coordinating;
      product += o.product;
      misses.addAll(o.misses);
    }

    double recall() {
      return share(matched, expected);
    }

    double precision() {
      return share(matched, found);
    }

    double of(int n) {
      return share(n, matched);
    }

    private static double share(int n, int of) {
      return of == 0 ? 0 : (double) n / of;
    }

    String line(String name) {
      return String.format(Locale.ROOT,
          "%-28s tasks %3d/%3d found %3d  recall %.2f  precision %.2f  deadline %.2f  recurrence %.2f  lead %.2f"
              + "  coordinating %.2f  product %.2f",
          name, matched, expected, found, recall(), precision(), of(deadline), of(recurrence), of(lead), of(coordinating),
          of(product));
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = PlanImporterEvaluationTest.class.getResourceAsStream("/plans/eval/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Expected> expected(String plan) throws IOException {
    DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    List<Expected> list = new ArrayList<>();
    for (String line : resource(plan + ".expected.tsv").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = Arrays.copyOf(line.split("\t", -1), 6);
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i] == null ? "" : f[i].strip();
      }
      list.add(new Expected(f[0], f[1].isEmpty() ? null : LocalDate.parse(f[1], dmy), f[2].equals("x"), f[3],
          units(f[4]), f[5]));
    }
    return list;
  }

  static String norm(String text) {
    return text == null ? "" : PlanText.fold(PlanText.normalise(text)).replaceAll("^[-+•]\\s*", "").replaceAll("\\s+", " ").strip();
  }

  static Set<String> units(String text) {
    return Arrays.stream(text.split(";")).map(PlanImporterEvaluationTest::norm).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  static Score score(String name, List<Expected> expected, List<TaskDraft> found) {
    Score s = new Score();
    s.expected = expected.size();
    s.found = found.size();
    boolean[] used = new boolean[found.size()];
    for (Expected e : expected) {
      String prefix = norm(e.prefix());
      int hit = -1;
      for (int i = 0; i < found.size() && hit < 0; i++) {
        if (!used[i] && norm(found.get(i).content()).startsWith(prefix)) {
          hit = i;
        }
      }
      if (hit < 0) {
        s.misses.add(name + ": not found: " + e.prefix());
        continue;
      }
      used[hit] = true;
      TaskDraft t = found.get(hit);
      s.matched++;
      check(s, name, e, t, java.util.Objects.equals(e.deadline(), t.deadline()), "deadline " + t.deadline() + " (" + t.deadlineText() + ")", x -> x.deadline++);
      check(s, name, e, t, e.recurring() == t.recurring(), "recurring " + t.recurring(), x -> x.recurrence++);
      check(s, name, e, t, norm(e.lead()).equals(norm(t.leadUnit())), "lead " + t.leadUnit(), x -> x.lead++);
      check(s, name, e, t, units(e.coordinating().isEmpty() ? "" : String.join(";", e.coordinating()))
          .equals(t.coordinatingUnits().stream().map(PlanImporterEvaluationTest::norm).collect(Collectors.toSet())),
          "coordinating " + t.coordinatingUnits(), x -> x.coordinating++);
      check(s, name, e, t, norm(e.product()).equals(norm(t.expectedResult())), "product " + t.expectedResult(), x -> x.product++);
    }
    for (int i = 0; i < found.size(); i++) {
      if (!used[i]) {
        s.misses.add(name + ": not expected: " + PlanText.shortened(found.get(i).content(), 90));
      }
    }
    return s;
  }

  private static void check(Score s, String name, Expected e, TaskDraft t, boolean right, String what, java.util.function.Consumer<Score> count) {
    if (right) {
      count.accept(s);
    } else {
      s.misses.add(name + ": " + PlanText.shortened(e.prefix(), 40) + ": " + what);
    }
  }

  @Test
  void theImporterFindsTheTasksOfPlansItWasNotWrittenFor() throws IOException {
    Map<String, Function<String, byte[]>> formats = new LinkedHashMap<>();
    formats.put("docx", PlanFixtures::docx);
    formats.put("pdf", PlanFixtures::pdf);
    Score total = new Score();
    List<String> lines = new ArrayList<>();
    Map<String, Score> byFormat = new LinkedHashMap<>();
    List<String> weak = new ArrayList<>();
    for (String plan : PLANS) {
      String source = resource(plan + ".txt");
      List<Expected> expected = expected(plan);
      for (var format : formats.entrySet()) {
        byte[] file = format.getValue().apply(source);
        String text = reader.read(file, plan + "." + format.getKey());
        PlanDraft draft = parser.parse(text);
        Score s = score(plan + "." + format.getKey(), expected, draft.tasks());
        lines.add(s.line(plan + "." + format.getKey()));
        total.add(s);
        byFormat.computeIfAbsent(format.getKey(), k -> new Score()).add(s);
        if (s.recall() < 0.8) {
          weak.add(plan + "." + format.getKey());
        }
      }
    }
    byFormat.forEach((format, s) -> lines.add(s.line("all ." + format)));
    lines.add(total.line("overall"));
    System.out.println("Plan importer evaluation\n" + String.join("\n", lines) + "\n" + String.join("\n", total.misses));

    assertThat(weak).as("documents with recall below 0.8").isEmpty();
    assertThat(total.recall()).as("recall; %s", total.misses).isGreaterThanOrEqualTo(0.9);
    assertThat(total.precision()).as("precision; %s", total.misses).isGreaterThanOrEqualTo(0.95);
    assertThat(total.of(total.deadline)).as("deadlines; %s", total.misses).isGreaterThanOrEqualTo(0.95);
    assertThat(total.of(total.lead)).as("lead units; %s", total.misses).isGreaterThanOrEqualTo(0.85);
  }
}
