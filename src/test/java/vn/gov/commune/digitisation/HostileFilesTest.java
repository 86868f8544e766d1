package vn.gov.commune.digitisation;

import vn.gov.commune.documents.ContentStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.dossier.DossierRepository;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.support.IntegrationTest;

/**
 * Hostile PDFs submitted through the portal: a decompression bomb is refused quickly, hostile files
 * do not starve an honest one, PDFs that run JavaScript or launch a program are refused; a refused
 * file leaves nothing behind.
 */
@IntegrationTest
class HostileFilesTest {

  /** 611 KB that inflate to 400 MB, as in the report. */
  static final byte[] BOMB = TestFiles.pdfBomb(400L * 1024 * 1024);

  @Autowired TestRestTemplate rest;
  @Autowired StoredContentRepository contents;
  @Autowired DigitisationRecordRepository records;
  @Autowired DossierRepository dossiers;
  @Autowired DigitisationProperties props;

  ResponseEntity<Map> submit(byte[] pdf) {
    return DigitisationApiTest.submit(rest, "sa-thay", pdf);
  }

  void assertRefusedAndNothingKept(ResponseEntity<Map> answer, byte[] pdf, String reason) {
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
    assertThat(answer.getBody().get("reason")).isEqualTo(reason);
    String sha256 = Hashes.sha256Hex(pdf);
    assertThat(contents.findBySha256(sha256)).isEmpty();
    assertThat(Path.of(props.getStoreDir()).resolve(ContentStore.key(sha256))).doesNotExist();
    assertThat(records.findAll().stream().filter(r -> r.getSha256().equals(sha256))).isEmpty();
  }

  @Test
  void aPdfInflatingTo400MegabytesIsRefusedWithinSecondsAndNothingIsStored() {
    assertThat(BOMB.length).isLessThan(1024 * 1024);
    long dossiersBefore = dossiers.count();
    long started = System.nanoTime();
    ResponseEntity<Map> answer = submit(BOMB);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertRefusedAndNothingKept(answer, BOMB, "ZIP_BOMB");
    assertThat((String) answer.getBody().get("detail")).contains("bom nén");
    assertThat(took).as("refused quickly (the old code took 26 s to accept it)").isLessThan(Duration.ofSeconds(10));
    assertThat(dossiers.count()).isEqualTo(dossiersBefore);
  }

  @Test
  void anHonestUploadIsAnsweredPromptlyWhileHostileOnesAreBeingParsed() throws Exception {
    List<CompletableFuture<ResponseEntity<Map>>> hostile = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      hostile.add(CompletableFuture.supplyAsync(() -> submit(BOMB)));
    }
    Thread.sleep(500);
    byte[] honest = TestFiles.pdf("Giấy chứng sinh " + UUID.randomUUID());
    long started = System.nanoTime();
    ResponseEntity<Map> answer = submit(honest);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    assertThat(took).as("the honest upload is not starved (the old code made it wait 91 s)").isLessThan(Duration.ofSeconds(10));
    for (CompletableFuture<ResponseEntity<Map>> h : hostile) {
      ResponseEntity<Map> refused = h.join();
      assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isIn(400, 503);
      if (refused.getStatusCode().value() == 503) {
        assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
      }
    }
    assertThat(contents.findBySha256(Hashes.sha256Hex(BOMB))).isEmpty();
  }

  @Test
  void pdfsThatRunJavaScriptOrLaunchAProgramAreRefused() {
    String text = "Tờ khai " + UUID.randomUUID();
    for (byte[] pdf : List.of(
        TestFiles.pdfOpeningWithJavaScript(text, "app.alert('xin chao')"),
        TestFiles.pdfLaunching(text, "cmd.exe"),
        TestFiles.pdfWithLink(text, new PDActionJavaScript("this.exportDataObject({cName: 'a'})")),
        TestFiles.pdfWithScriptedField(text, "this.submitForm('http://example.org')"))) {
      ResponseEntity<Map> answer = submit(pdf);
      assertRefusedAndNothingKept(answer, pdf, "ACTIVE_CONTENT");
      assertThat((String) answer.getBody().get("detail")).contains("JavaScript");
    }
    PDActionURI uri = new PDActionURI();
    uri.setURI("https://dichvucong.gov.vn");
    assertThat(submit(TestFiles.pdfWithLink(text, uri)).getStatusCode().value()).as("a plain web link is no script").isEqualTo(201);
  }
}
