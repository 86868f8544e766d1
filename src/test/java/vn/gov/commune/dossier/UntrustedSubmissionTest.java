package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.commune.support.IntegrationTest;

/**
 * Issue 10, case 11: what an attacker (or a careless client) sends to {@code POST /api/dossiers}
 * never ends in a 500, a refused submission leaves nothing behind, names are stored and served
 * cleaned, and downloads cannot be sniffed or inject headers. Multipart bodies are written by hand,
 * so the file names travel byte for byte as a hostile client would send them.
 */
@IntegrationTest
class UntrustedSubmissionTest {

  private static final String BIRTH = "1.001193";
  private static final String BOUNDARY = "----cw-untrusted-boundary";

  @Autowired TestRestTemplate rest;
  @Autowired DossierRepository dossiers;
  @Autowired ComponentRepository components;
  @Autowired CounterRepository counters;
  @Autowired ObjectMapper json;
  @Value("${app.files.dir}") String filesDir;

  private final HttpClient client = HttpClient.newHttpClient();
  private long dossiersBefore;
  private long componentsBefore;
  private long filesBefore;
  private Map<String, Integer> countersBefore;

  @BeforeEach
  void setUp() throws Exception {
    DossierTestSupport.at("2026-03-02T09:00:00+07:00");
    dossiersBefore = dossiers.count();
    componentsBefore = components.count();
    filesBefore = countFiles();
    countersBefore = counters();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void fileNameWithNulIsRefusedWith400AndNothingIsSaved() throws Exception {
    HttpResponse<String> answer = submit("portal", key(), birthApplication(), birthFiles("to-khai.php\0.pdf", "giay-chung-sinh.pdf"));
    assertRefused(answer, 400, "Tên tệp");
  }

  @Test
  void fileNameOf300CharactersIsRefusedWith400AndNothingIsSaved() throws Exception {
    HttpResponse<String> answer = submit("portal", key(), birthApplication(), birthFiles("a".repeat(296) + ".pdf", "giay-chung-sinh.pdf"));
    assertRefused(answer, 400, "255 ký tự");
  }

  @Test
  void phoneOf28CharactersIsRefusedWith400AndNothingIsSaved() throws Exception {
    HttpResponse<String> answer = submit("portal", key(), birthApplication().replace("0905123456", "0905123456".repeat(2) + "01234567"), birthFiles("a.pdf", "b.pdf"));
    assertRefused(answer, 400, "Số điện thoại");
  }

  @Test
  void overlongOrInvisibleApplicantTextIsRefusedWith400AndNothingIsSaved() throws Exception {
    assertRefused(submit("portal", key(), birthApplication().replace("Thôn 1, xã Sa Thầy", "x".repeat(501)), birthFiles("a.pdf", "b.pdf")), 400, "Địa chỉ");
    assertRefused(submit("portal", key(), birthApplication().replace("\"phone\"", "\"email\":\"" + "a".repeat(196) + "@b.vn\",\"phone\""), birthFiles("a.pdf", "b.pdf")), 400, "Thư điện tử");
    assertRefused(submit("portal", key(), birthApplication().replace("Nguyễn Văn An", "Nguyễn\\u0000Văn An"), birthFiles("a.pdf", "b.pdf")), 400, "Họ và tên");
    assertRefused(submit("portal", key(), birthApplication().replace("Nguyễn Văn An", "Nguyễn \\u202eVăn An"), birthFiles("a.pdf", "b.pdf")), 400, "Họ và tên");
    assertRefused(submit("portal", key(), birthApplication().replace("\"thử nghiệm\"", "\"" + "ghi chú ".repeat(3000) + "\""), birthFiles("a.pdf", "b.pdf")), 400, "Dữ liệu tờ khai");
  }

  @Test
  void twentyConcurrentSubmissionsWithOneKeyMakeOneDossierAndNo500() throws Exception {
    String key = key();
    int count = 20;
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch ready = new CountDownLatch(count);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        answers.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return submit("portal", key, birthApplication(), birthFiles("to-khai.pdf", "giay-chung-sinh.pdf"));
        }));
      }
      ready.await();
      go.countDown();
      Set<Integer> statuses = new HashSet<>();
      Set<String> codes = new HashSet<>();
      for (Future<HttpResponse<String>> future : answers) {
        HttpResponse<String> answer = future.get();
        statuses.add(answer.statusCode());
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201, 409, 503);
        JsonNode body = json.readTree(answer.body());
        if (answer.statusCode() == 503) {
          // a burst larger than the parse queue: "send again in 30 s", nothing saved (counted below)
          assertThat(body.path("reason").asText()).as(answer.body()).isEqualTo("BUSY");
          assertThat(answer.headers().firstValue("Retry-After")).as(answer.body()).isPresent();
          continue;
        }
        codes.add(body.has("code") ? body.get("code").asText() : body.path("dossierCode").asText(null));
      }
      assertThat(statuses).contains(201);
      assertThat(dossiers.findBySubmittedByAndIdempotencyKey("portal", key)).isPresent();
      assertThat(dossiers.count()).as("exactly one dossier").isEqualTo(dossiersBefore + 1);
      codes.remove(null);
      assertThat(codes).as("every answer names the one dossier").containsExactly(dossiers.findBySubmittedByAndIdempotencyKey("portal", key).get().getCode());
      assertThat(countFiles()).as("files of the one dossier only").isEqualTo(filesBefore + 2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sameKeyWithDifferentBodyIsRefusedWith422() throws Exception {
    String key = key();
    HttpResponse<String> first = submit("portal", key, birthApplication(), birthFiles("a.pdf", "b.pdf"));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    String code = json.readTree(first.body()).get("code").asText();
    dossiersBefore = dossiers.count();
    componentsBefore = components.count();
    filesBefore = countFiles();
    countersBefore = counters();

    HttpResponse<String> otherName = submit("portal", key, birthApplication().replace("Nguyễn Văn An", "Nguyễn Văn Bình"), birthFiles("a.pdf", "b.pdf"));
    assertRefused(otherName, 422, "khác");
    Map<String, Part> otherFile = birthFiles("a.pdf", "b.pdf");
    otherFile.put("GIAY_CHUNG_SINH", new Part("b.pdf", vn.gov.commune.digitisation.TestFiles.pdf("Giấy chứng sinh khác")));
    assertRefused(submit("portal", key, birthApplication(), otherFile), 422, "khác");

    HttpResponse<String> again = submit("portal", key, birthApplication(), birthFiles("a.pdf", "b.pdf"));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(json.readTree(again.body()).get("dossierCode").asText()).isEqualTo(code);
  }

  @Test
  void bidiAndZeroWidthCharactersAreCleanedFromFileNames() throws Exception {
    String hostile = "C:\\Users\\an\\Tờ khai\u202Efdp.exe\u200B\u200C\u200D\uFEFF\u2060\u2066\u0007.pdf";
    HttpResponse<String> answer = submit("portal", key(), birthApplication(), birthFiles(hostile, "giay-chung-sinh.pdf"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    String code = json.readTree(answer.body()).get("code").asText();

    JsonNode shown = json.readTree(get("sathay.clerk", "/api/dossiers/" + code + "/components").body());
    List<String> names = new ArrayList<>();
    shown.forEach(c -> names.add(c.path("fileName").asText(null)));
    assertThat(names).contains("Tờ khaifdp.exe.pdf", "giay-chung-sinh.pdf");
  }

  @Test
  void downloadsSendNosniffAndASafeContentDisposition() throws Exception {
    HttpResponse<String> answer = submit("portal", key(), birthApplication(), birthFiles("Tờ khai \"số 1\".pdf", "giay-chung-sinh.pdf"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    String code = json.readTree(answer.body()).get("code").asText();
    JsonNode shown = json.readTree(get("sathay.clerk", "/api/dossiers/" + code + "/components").body());
    long id = -1;
    for (JsonNode component : shown) {
      if ("TO_KHAI".equals(component.path("componentCode").asText())) {
        id = component.get("id").asLong();
      }
    }
    HttpResponse<String> file = get("sathay.clerk", "/api/dossiers/" + code + "/components/" + id + "/file");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(file.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"To khai \\\"so 1\\\".pdf\"; filename*=UTF-8''T%E1%BB%9D%20khai%20%22s%E1%BB%91%201%22.pdf");

    assertThat(get("sathay.clerk", "/api/dossiers/" + code).headers().allValues("X-Content-Type-Options"))
        .as("every /api answer").containsExactly("nosniff");
  }

  // --- helpers -------------------------------------------------------------------------------

  record Part(String fileName, byte[] content) {}

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private static String birthApplication() {
    return application(BIRTH, "sa-thay", null, "Nguyễn Văn An");
  }

  private static Map<String, Part> birthFiles(String toKhai, String giayChungSinh) {
    Map<String, Part> files = new LinkedHashMap<>();
    files.put("TO_KHAI", new Part(toKhai, PDF));
    files.put("GIAY_CHUNG_SINH", new Part(giayChungSinh, PDF));
    return files;
  }

  private void assertRefused(HttpResponse<String> answer, int status, String messagePart) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(json.readTree(answer.body()).path("detail").asText()).contains(messagePart);
    assertThat(dossiers.count()).as("no dossier saved").isEqualTo(dossiersBefore);
    assertThat(components.count()).as("no component saved").isEqualTo(componentsBefore);
    assertThat(countFiles()).as("no file kept").isEqualTo(filesBefore);
    assertThat(counters()).as("no dossier number used up").isEqualTo(countersBefore);
  }

  private Map<String, Integer> counters() {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    counters.findAll().forEach(c -> numbers.put(c.getPrefix(), c.getLastNumber()));
    return numbers;
  }

  private long countFiles() throws Exception {
    Path root = Path.of(filesDir);
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private HttpResponse<String> submit(String user, String key, String applicationJson, Map<String, Part> files) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"application\"\r\nContent-Type: application/json\r\n\r\n");
    write(body, applicationJson);
    for (Map.Entry<String, Part> file : files.entrySet()) {
      write(body, "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
          + file.getValue().fileName().replace("\"", "\\\"") + "\"\r\nContent-Type: application/pdf\r\n\r\n");
      body.write(file.getValue().content());
    }
    write(body, "\r\n--" + BOUNDARY + "--\r\n");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/dossiers"))
            .header("Authorization", basic(user))
            .header("Idempotency-Key", key)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + path)).header("Authorization", basic(user)).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }
}
