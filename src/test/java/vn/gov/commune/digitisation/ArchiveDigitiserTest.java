package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/** Bulk digitisation of an archive folder: REST run with progress, refusals, interruption and resume, the command line. */
@IntegrationTest
class ArchiveDigitiserTest {

  @Autowired TestRestTemplate rest;
  @Autowired ArchiveDigitiser digitiser;
  @Autowired DigitisationProperties props;
  @Autowired DigitisationRecordRepository records;
  @Autowired ConfigurableApplicationContext context;

  Http http;
  String name;
  Path folder;

  @BeforeEach
  void setUp() throws Exception {
    http = new Http(rest);
    name = "test-" + UUID.randomUUID().toString().substring(0, 8);
    folder = Path.of(props.getArchiveRoot()).resolve("sa-thay").resolve(name);
    Files.createDirectories(folder.resolve("1995/quyen-1"));
    Files.write(folder.resolve("1995/quyen-1/trang-001.pdf"), TestFiles.pdf("SỔ ĐĂNG KÝ KHAI SINH NĂM 1995\nSố 1: Nguyễn Văn An " + name));
    Files.write(folder.resolve("1995/quyen-1/trang-002.docx"), TestFiles.docx("Sổ đăng ký kết hôn", "Số 2 " + name));
    Files.write(folder.resolve("1995/chuong-trinh.pdf"), TestFiles.executable());
    Files.write(folder.resolve("1995/mat.docx"), TestFiles.docx("ỦY BAN NHÂN DÂN", "TUYỆT MẬT", "Báo cáo"));
  }

  JsonNode waitUntilFinished() throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      JsonNode view = http.get("sathay.supervisor", "/api/archives/" + name, JsonNode.class).getBody();
      if (!view.get("running").asBoolean() && !"RUNNING".equals(view.get("status").asText())) {
        return view;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the archive run did not finish");
  }

  ResponseEntity<JsonNode> startRun(String user, Object body) {
    return http.send(HttpMethod.POST, user, "/api/archives/" + name + "/runs", body, JsonNode.class);
  }

  @Test
  void restRunDigitisesReportsRefusalsAndResumesWithoutRedoingFiles() throws Exception {
    assertThat(startRun("sathay.clerk", Map.of("folder", name, "communeId", "sa-thay")).getStatusCode().value()).isEqualTo(403);
    assertThat(startRun("kontum.supervisor", Map.of("folder", name, "communeId", "sa-thay")).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<JsonNode> escape = startRun("sathay.supervisor", Map.of("folder", "../..", "communeId", "sa-thay"));
    assertThat(escape.getStatusCode().value()).isEqualTo(400);
    assertThat(escape.getBody().get("detail").asText()).contains("không tồn tại trong thư mục lưu trữ");

    ResponseEntity<JsonNode> started = startRun("sathay.supervisor", Map.of("folder", name, "communeId", "sa-thay"));
    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(202);
    assertThat(started.getBody().get("totalFiles").asInt()).isEqualTo(4);

    JsonNode view = waitUntilFinished();
    assertThat(view.get("status").asText()).isEqualTo("DONE");
    assertThat(view.get("processedFiles").asInt()).isEqualTo(4);
    assertThat(view.get("doneFiles").asInt()).isEqualTo(2);
    assertThat(view.get("refusedFiles").asInt()).isEqualTo(2);
    assertThat(view.get("etaSeconds").asLong()).isZero();
    List<String> refusals = new ArrayList<>();
    view.get("refused").forEach(r -> refusals.add(r.get("path").asText() + " " + r.get("reason").asText()));
    assertThat(refusals).containsExactlyInAnyOrder("1995/chuong-trinh.pdf DISGUISED", "1995/mat.docx STATE_SECRET");
    assertThat(http.get("kontum.supervisor", "/api/archives/" + name, JsonNode.class).getStatusCode().value()).isEqualTo(404);
    assertThat(records.findAll().stream().filter(r -> name.equals(r.getCollection())).count()).isEqualTo(2);

    // resume after new files arrived: only the new file is read
    Files.write(folder.resolve("1995/quyen-1/trang-003.pdf"), TestFiles.pdf("Số 3: Trần Thị Bình " + name));
    assertThat(startRun("sathay.supervisor", Map.of("folder", name)).getStatusCode().value()).isEqualTo(202);
    view = waitUntilFinished();
    assertThat(view.get("status").asText()).isEqualTo("DONE");
    assertThat(view.get("totalFiles").asInt()).isEqualTo(5);
    assertThat(view.get("skippedFiles").asInt()).isEqualTo(4);
    assertThat(view.get("doneFiles").asInt()).isEqualTo(1);
    assertThat(view.get("refusedFiles").asInt()).isZero();
    assertThat(view.get("digitisedInCollection").asLong()).isEqualTo(3);
    assertThat(view.get("refused")).hasSize(2);
  }

  @Test
  void archiveFoldersAreConfinedToTheCommuneOfTheCollection() throws Exception {
    Path root = Path.of(props.getArchiveRoot()).toAbsolutePath();
    Path konTum = root.resolve("kon-tum").resolve(name).resolve("2001");
    Files.createDirectories(konTum);
    Files.write(konTum.resolve("so-ho-tich.pdf"), TestFiles.pdf("SỔ HỘ TỊCH KON TUM 2001 " + name));
    Path link = folder.resolve("loi-tat");
    Files.createSymbolicLink(link, konTum);

    for (String escape : List.of(
        "sa-thay/../kon-tum/" + name + "/2001", // the request: another commune's folder through ".."
        name + "/../../kon-tum/" + name + "/2001",
        konTum.toString(), // an absolute path
        name + "/loi-tat")) { // a symbolic link out of the commune's folder
      ResponseEntity<JsonNode> refused = startRun("sathay.supervisor", Map.of("folder", escape, "communeId", "sa-thay"));
      assertThat(refused.getStatusCode().value()).as(escape + " " + refused.getBody()).isEqualTo(400);
      assertThat(refused.getBody().get("detail").asText()).contains("không tồn tại trong thư mục lưu trữ của xã/phường sa-thay");
      assertThat(digitiser.collection(name)).as("nothing created for " + escape).isEmpty();
    }
    assertThat(startRun("kontum.supervisor", Map.of("folder", name + "/2001", "communeId", "sa-thay")).getStatusCode().value()).isEqualTo(403);
    assertThat(digitiser.collection(name)).isEmpty();

    ResponseEntity<JsonNode> own = startRun("sathay.supervisor", Map.of("folder", name + "/1995/quyen-1", "communeId", "sa-thay"));
    assertThat(own.getStatusCode().value()).as(String.valueOf(own.getBody())).isEqualTo(202);
    assertThat(waitUntilFinished().get("doneFiles").asInt()).isEqualTo(2);
    // a Sa Thầy collection is not continued with Kon Tum's folder, not even by an administrator
    ResponseEntity<JsonNode> other = startRun("demo", Map.of("folder", name + "/2001", "communeId", "kon-tum"));
    assertThat(other.getStatusCode().value()).as(String.valueOf(other.getBody())).isEqualTo(409);
    assertThat(startRun("kontum.supervisor", Map.of("folder", name + "/2001", "communeId", "kon-tum")).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<JsonNode> climb = startRun("demo", Map.of("folder", "../kon-tum/" + name + "/2001"));
    assertThat(climb.getStatusCode().value()).isEqualTo(400);
    assertThat(records.findAll().stream().filter(r -> name.equals(r.getCollection())).map(DigitisationRecord::getSourcePath))
        .containsExactlyInAnyOrder("trang-001.pdf", "trang-002.docx");
  }

  @Test
  void anInterruptedRunResumesWhereItStopped() {
    List<ArchiveDigitiser.Progress> seen = new ArrayList<>();
    ArchiveDigitiser.Summary first = digitiser.run(name, "sa-thay", folder, "test", p -> {
      seen.add(p);
      digitiser.stop(name); // as Ctrl-C: the current file is finished, then the run stops
    });
    assertThat(first.status()).isEqualTo(ArchiveCollection.Status.INTERRUPTED);
    assertThat(first.progress().processed()).isEqualTo(1);
    assertThat(seen.get(0).line()).matches("\\[archive " + name + "\\] 1/4 files · \\d+\\.\\d files/s · ETA \\S+ · refused \\d");

    ArchiveDigitiser.Summary second = digitiser.run(name, "sa-thay", folder, "test", p -> {});
    assertThat(second.status()).isEqualTo(ArchiveCollection.Status.DONE);
    assertThat(second.progress().skipped()).isEqualTo(1);
    assertThat(second.progress().processed()).isEqualTo(4);
    assertThat(second.refused()).hasSize(2);
    assertThat(records.findAll().stream().filter(r -> name.equals(r.getCollection())).count()).isEqualTo(2);
  }

  @Test
  void commandLinePrintsProgressAndRefusals() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      ArchiveCommand command = new ArchiveCommand(digitiser, context);
      code = command.execute(new DefaultApplicationArguments("--digitise-archive=" + folder, "--collection=" + name, "--digitised-by=luu.tru"));
      assertThat(new ArchiveCommand(digitiser, context).execute(new DefaultApplicationArguments("--digitise-archive=" + folder)))
          .isEqualTo(2);
    } finally {
      System.setOut(original);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(code).as(out).isZero();
    assertThat(out).contains("[archive " + name + "] 4/4 files").contains("Hoàn thành")
        .contains("từ chối 1995/mat.docx [STATE_SECRET]").contains("từ chối 1995/chuong-trinh.pdf [DISGUISED]").contains("Cách dùng");
    assertThat(records.findAll().stream().filter(r -> name.equals(r.getCollection())).allMatch(r -> r.getDigitisedBy().equals("luu.tru"))).isTrue();
  }
}
