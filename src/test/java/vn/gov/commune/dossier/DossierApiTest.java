package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.commune.dossier.DossierTestSupport.PDF;
import static vn.gov.commune.dossier.DossierTestSupport.application;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.IntegrationTest;

/** POST /api/dossiers and the public lookup: good input, every kind of bad input, rights, concurrency. */
@IntegrationTest
class DossierApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired DossierRepository dossiers;
  @Autowired ComponentRepository components;
  @Value("${app.files.dir}") String filesDir;

  DossierTestSupport flow;
  long dossiersBefore;
  long filesBefore;

  @BeforeEach
  void setUp() throws Exception {
    flow = new DossierTestSupport(rest, management, tasks, identity);
    DossierTestSupport.at("2026-03-02T09:00:00+07:00");
    dossiersBefore = dossiers.count();
    filesBefore = countFiles();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
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

  private static Map<String, byte[]> birthFiles() {
    return Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF);
  }

  private void assertRefused(ResponseEntity<Map> answer, int status, String messagePart) throws Exception {
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
    assertThat((String) answer.getBody().get("detail")).contains(messagePart);
    assertThat(dossiers.count()).as("no dossier saved").isEqualTo(dossiersBefore);
    assertThat(countFiles()).as("no file kept").isEqualTo(filesBefore);
  }

  @Test
  void portalSubmitsAndCitizenLooksUpWithoutLogin() throws Exception {
    ResponseEntity<Map> answer = flow.submit("portal", UUID.randomUUID().toString(), application("1.001193", "sa-thay", null, "Nguyễn Văn An"), birthFiles());
    assertThat(answer.getStatusCode().value()).isEqualTo(201);
    String code = (String) answer.getBody().get("code");
    assertThat(answer.getHeaders().getLocation().toString()).endsWith("/api/dossiers/" + code);
    assertThat(answer.getBody()).containsEntry("statusCode", 1).containsEntry("statusName", "Mới đăng ký");
    assertThat(components.findByDossierCodeOrderById(code)).filteredOn(DossierComponent::hasFile).hasSize(2);
    assertThat(countFiles()).isEqualTo(filesBefore + 2);

    ResponseEntity<String> publicView = flow.get(null, "/api/public/dossiers/" + code + "?last4=3456", String.class);
    assertThat(publicView.getStatusCode().value()).isEqualTo(200);
    assertThat(publicView.getBody()).contains("Mới đăng ký").contains("Đăng ký khai sinh")
        .doesNotContain(DossierTestSupport.CITIZEN).doesNotContain("Nguyễn Văn An").doesNotContain("0905123456");
    assertThat(flow.get(null, "/api/public/dossiers/000.00.31.H62-260302-9999?last4=3456", Map.class).getStatusCode().value()).isEqualTo(404);

    assertThat(flow.get(null, "/api/dossiers/" + code, Map.class).getStatusCode().value()).isEqualTo(401);
    assertThat(flow.get("sathay.clerk", "/api/dossiers/" + code, Map.class).getBody()).containsEntry("applicantPersonalId", DossierTestSupport.CITIZEN);
    assertThat(flow.get("kontum.clerk", "/api/dossiers/" + code, Map.class).getStatusCode().value()).isEqualTo(404);
    assertThat(flow.get("sathay.clerk", "/api/dossiers/" + code + "/history", List.class).getBody()).isNotEmpty();
    List<?> comps = flow.get("sathay.clerk", "/api/dossiers/" + code + "/components", List.class).getBody();
    Number firstId = (Number) ((Map<?, ?>) comps.get(0)).get("id");
    ResponseEntity<byte[]> file = flow.get("sathay.clerk", "/api/dossiers/" + code + "/components/" + firstId + "/file", byte[].class);
    assertThat(file.getBody()).isEqualTo(PDF);
    assertThat(flow.get("kontum.clerk", "/api/dossiers/" + code + "/components/" + firstId + "/file", byte[].class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void sameIdempotencyKeyTwiceMakesOneDossier() throws Exception {
    String key = UUID.randomUUID().toString();
    ResponseEntity<Map> first = flow.submit("portal", key, application("1.001193", "sa-thay", null, "Nguyễn Văn An"), birthFiles());
    assertThat(first.getStatusCode().value()).isEqualTo(201);
    dossiersBefore = dossiers.count();
    filesBefore = countFiles();
    ResponseEntity<Map> second = flow.submit("portal", key, application("1.001193", "sa-thay", null, "Nguyễn Văn An"), birthFiles());
    assertRefused(second, 409, "đã được tiếp nhận trước đó");
    assertThat(second.getBody()).containsEntry("dossierCode", first.getBody().get("code"));
  }

  @Test
  void badInputIsRefusedInVietnameseAndNothingIsSaved() throws Exception {
    assertRefused(flow.submit("portal", "k1", application("1.001193", "sa-thay", null, "Nguyễn Văn An").replace("062095001234", "06209500123"), birthFiles()),
        400, "12 chữ số");
    assertRefused(flow.submit("portal", "k2", application("1.001193", "sa-thay", null, "Nguyễn Văn An").replace("062095001234", "999095001234"), birthFiles()),
        400, "mã tỉnh");
    assertRefused(flow.submit("portal", "k3", application("9.999999", "sa-thay", null, "Nguyễn Văn An"), birthFiles()), 400, "không có trong danh mục");
    assertRefused(flow.submit("portal", "k4", application("1.001193", "sa-thay", null, "Nguyễn Văn An"), Map.of("TO_KHAI", PDF)), 400, "thiếu thành phần bắt buộc");
    assertRefused(flow.submit("portal", "k5", application("1.001193", "sa-thay", null, "Nguyễn Văn An"), Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", "<html>x</html>".getBytes())),
        415, "nội dung thực là");
    assertRefused(flow.submit("portal", "k6", application("1.001193", "sa-thay", null, "Nguyễn Văn An"), Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", PDF, "LA", PDF)),
        400, "không thuộc thủ tục");
    assertRefused(flow.submit("portal", null, application("1.001193", "sa-thay", null, "Nguyễn Văn An"), birthFiles()), 400, "Idempotency-Key");
    assertRefused(flow.submit("portal", "k7", "{not json", birthFiles()), 400, "JSON");
    assertRefused(flow.submit("portal", "k8", application("1.001193", "khong-co", null, "Nguyễn Văn An"), birthFiles()), 400, "Không có xã/phường tiếp nhận");
    byte[] big = new byte[11 * 1024 * 1024];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertRefused(flow.submit("portal", "k9", application("1.001193", "sa-thay", null, "Nguyễn Văn An"), Map.of("TO_KHAI", PDF, "GIAY_CHUNG_SINH", big)), 413, "dung lượng");
  }

  @Test
  void wrongRoleOrCommuneIsRefused() throws Exception {
    assertRefused(flow.submit("sathay.specialist", "r1", application("1.001193", "sa-thay", null, "Nguyễn Văn An"), birthFiles()), 403, "cán bộ một cửa");
    String counter = application("1.001193", "kon-tum", null, "Nguyễn Văn An").replace("\"ONLINE\"", "\"COUNTER\"");
    assertRefused(flow.submit("sathay.clerk", "r2", counter, birthFiles()), 403, "xã/phường");
    assertRefused(flow.submit("sathay.clerk", "r3", application("1.001193", "sa-thay", null, "Nguyễn Văn An"), birthFiles()), 400, "trực tiếp");
    ResponseEntity<Map> ok = flow.submit("sathay.clerk", "r4", counter.replace("kon-tum", "sa-thay"), Map.of());
    assertThat(ok.getStatusCode().value()).isEqualTo(201);
    String code = (String) ok.getBody().get("code");
    assertThat(flow.post("sathay.clerk", "/api/dossiers/" + code + "/payment", Map.of("paymentId", "x", "amount", 1), Map.class).getStatusCode().value()).isEqualTo(403);
    assertThat(flow.post("kontum.clerk", "/api/dossiers/" + code + "/withdraw", Map.of("reason", "x"), Map.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void concurrentSubmissionsNeverShareACode() throws Exception {
    int count = 12;
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<ResponseEntity<Map>>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Callable<ResponseEntity<Map>> submit =
            () -> flow.submit("portal", UUID.randomUUID().toString(), application("1.001193", "sa-thay", null, "Nguyễn Văn An"), birthFiles());
        answers.add(pool.submit(submit));
      }
      Set<String> codes = new HashSet<>();
      for (Future<ResponseEntity<Map>> answer : answers) {
        ResponseEntity<Map> response = answer.get();
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        codes.add((String) response.getBody().get("code"));
      }
      assertThat(codes).hasSize(count).allMatch(c -> c.matches("000\\.00\\.31\\.H62-\\d{6}-\\d{4}"));
    } finally {
      pool.shutdownNow();
    }
  }
}
