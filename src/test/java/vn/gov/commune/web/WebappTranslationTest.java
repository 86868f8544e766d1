package vn.gov.commune.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clerks see Camunda's webapps in Vietnamese: every text of the English file shipped in Camunda's webjar
 * ({@code app/<app>/locales/en.json}: {@code labels} and {@code dateLocales}) has a Vietnamese text in ours
 * ({@code vi.json}) that keeps the English text's placeholders, and each app's {@code config.js} makes
 * Vietnamese the default.
 */
class WebappTranslationTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Cockpit appends English plural endings as texts of their own ("3 instance" + "s"). */
  private static final String PLURAL_SUFFIX = "s";
  /** AngularJS interpolations, moment.js substitutions and the HTML tags a text carries. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{(.*?)}}|%[sd]|</?(?:a|b|br|em|i|strong|code|span|p)\\b[^>]*>");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void everyEnglishTextHasAVietnameseOne(String app) throws IOException {
    Map<String, JsonNode> english = leaves(read(APP + app + "/locales/en.json"));
    JsonNode vietnamese = readOrNull(APP + app + "/locales/vi.json");
    if (vietnamese == null) {
      fail("%s/locales/vi.json does not exist: none of the %d texts of Camunda's en.json is in Vietnamese",
          app, english.size());
    }
    Map<String, JsonNode> translated = leaves(vietnamese);
    List<String> missing = new ArrayList<>();
    english.forEach((path, value) -> {
      JsonNode vi = translated.get(path);
      boolean blankAllowed = PLURAL_SUFFIX.equals(value.asText()); // Vietnamese nouns take no plural ending
      if (vi == null || (value.isTextual() && vi.asText().isBlank() && !blankAllowed)) {
        missing.add(path);
      }
    });
    assertThat(missing)
        .as("%s/locales/vi.json lacks %d of the %d texts of en.json:%n  %s",
            app, missing.size(), english.size(), String.join(System.lineSeparator() + "  ", missing))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void vietnameseTextsKeepThePlaceholdersOfTheEnglishOnes(String app) throws IOException {
    JsonNode vietnamese = readOrNull(APP + app + "/locales/vi.json");
    if (vietnamese == null) {
      fail("%s/locales/vi.json does not exist", app);
    }
    Map<String, JsonNode> translated = leaves(vietnamese);
    List<String> lost = new ArrayList<>();
    leaves(read(APP + app + "/locales/en.json")).forEach((path, value) -> {
      JsonNode vi = translated.get(path);
      if (value.isTextual() && vi != null) {
        List<String> expected = placeholders(value.asText());
        List<String> actual = placeholders(vi.asText());
        if (!expected.equals(actual)) {
          lost.add(path + ": English " + expected + ", Vietnamese " + actual);
        }
      }
    });
    assertThat(lost)
        .as("%s/locales/vi.json changes placeholders:%n  %s", app, String.join(System.lineSeparator() + "  ", lost))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void configMakesVietnameseTheDefaultWithEnglishSelectable(String app) throws IOException {
    String config = withoutComments(ours(APP + app + "/scripts/config.js"));
    assertThat(list(config, "availableLocales")).as("%s availableLocales", app).containsExactly("vi", "en");
    assertThat(config).as("%s fallbackLocale", app).containsPattern("fallbackLocale:\\s*'vi'");
    // the footer switch makes the chosen language (Vietnamese until someone picks English) beat the browser's
    assertThat(list(config, "customScripts"))
        .as("%s customScripts", app)
        .contains("../two-factor/login", "../language/switch");
    assertThat(config)
        .as("%s dateFormat", app)
        .containsPattern("normal:\\s*'DD/MM/YYYY HH:mm'")
        .containsPattern("short:\\s*'DD/MM/YYYY'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void vietnameseDatesAreDayMonthYearOnTheTwentyFourHourClock(String app) throws IOException {
    JsonNode dates = read(APP + app + "/locales/vi.json").path("dateLocales");
    assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD/MM/YYYY");
    assertThat(dates.path("longDateFormat").path("LT").asText()).isEqualTo("HH:mm");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("Thứ hai");
    assertThat(dates.path("months").get(11).asText()).isEqualTo("Tháng 12");
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1) != null ? "{{" + m.group(1).replaceAll("\\s", "") + "}}" : m.group());
    }
    Collections.sort(found);
    return found;
  }

  /** Every value that is not an object or array, by its path (labels.CLAIM_TASK, dateLocales.months[0], …). */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static List<String> list(String config, String key) {
    Matcher m = Pattern.compile(key + ":\\s*\\[([^\\]]*)]").matcher(config);
    assertThat(m.find()).as("%s in config.js", key).isTrue();
    List<String> values = new ArrayList<>();
    Matcher item = Pattern.compile("'([^']*)'").matcher(m.group(1));
    while (item.find()) {
      values.add(item.group(1));
    }
    return values;
  }

  /** config.js without its commented-out examples (they show other locales). */
  private static String withoutComments(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  private static JsonNode read(String resource) throws IOException {
    JsonNode node = readOrNull(resource);
    assertThat(node).as(resource + " on the test classpath").isNotNull();
    return node;
  }

  private static JsonNode readOrNull(String resource) throws IOException {
    try (InputStream in = WebappTranslationTest.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : JSON.readTree(in);
    }
  }

  /** Our copy of a file that Camunda's webjar also ships (ours comes from the build's classes directory). */
  private static String ours(String resource) throws IOException {
    for (URL url : Collections.list(WebappTranslationTest.class.getClassLoader().getResources(resource))) {
      if ("file".equals(url.getProtocol())) {
        try (InputStream in = url.openStream()) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + resource + " of ours on the test classpath");
  }
}
