package vn.gov.commune.digitisation;

import vn.gov.commune.documents.ContentStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/** Digitising components of real dossiers, reuse, search by words with and without diacritics, visibility. */
@IntegrationTest
class DigitisationApiTest {

  static final String CITIZEN = vn.gov.commune.support.PortalSubmission.APPLICANT_ID;
  static final Set<FileType> FORMS = FileType.parseList("PDF,JPEG,PNG,TIFF,DOCX,ODT");

  @Autowired TestRestTemplate rest;
  @Autowired DigitisationService digitisation;
  @Autowired DigitisationRecordRepository records;
  @Autowired StoredContentRepository contents;
  @Autowired ComponentFileTypes fileTypes;
  @Autowired DigitisationProperties props;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ContentSweeper sweeper;

  /** A word no other test uses, so searches in the shared database find only this test's dossiers. */
  static String token() {
    StringBuilder s = new StringBuilder("mau");
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
      s.append((char) ('a' + Character.digit(c, 16)));
    }
    return s.toString();
  }

  String submit(String receiving) {
    ResponseEntity<Map> answer = submit(rest, receiving, TestFiles.pdf("Tờ khai"));
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    return (String) answer.getBody().get("code");
  }

  /** Files a birth registration through the portal with {@code pdf} as both components. */
  static ResponseEntity<Map> submit(TestRestTemplate rest, String receiving, byte[] pdf) {
    return vn.gov.commune.support.PortalSubmission.birthRegistration(rest, receiving, "Nguyễn Văn An", pdf);
  }

  DigitisationService.Result digitise(String dossier, String component, String fileName, byte[] content) {
    return digitisation.digitise(new DigitisationService.ComponentFile(
        dossier, null, component, CITIZEN, fileTypes.allowed("1.001193", 2, component), fileName, null, content, "sathay.clerk", "sa-thay"));
  }

  List<String> codes(String user, String query) {
    ResponseEntity<JsonNode> answer = new Http(rest).get(user, "/api/search/dossiers?q={q}".replace("{q}", query.replace(" ", "+")), JsonNode.class);
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    answer.getBody().forEach(hit -> codes.add(hit.get("code").asText()));
    return codes;
  }

  long storedFiles() throws Exception {
    Path root = Path.of(props.getStoreDir());
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      // kept contents, not the store's own hidden files (temporary files, the sweeper's lock)
      return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
    }
  }

  @Test
  void componentFileTypesComeFromTheCatalogue() {
    assertThat(fileTypes.allowed("1.001193", 2, "TO_KHAI")).containsExactlyInAnyOrder(
        FileType.PDF, FileType.JPEG, FileType.PNG, FileType.TIFF, FileType.DOCX, FileType.ODT);
    assertThat(fileTypes.allowed("1.001193", 2, "GIAY_CHUNG_SINH")).containsExactlyInAnyOrder(
        FileType.PDF, FileType.JPEG, FileType.PNG, FileType.TIFF);
    assertThat(fileTypes.allowed("1.001193", 2, "GIAY_TO_TUY_THAN")).isEqualTo(fileTypes.defaults());
  }

  @Test
  void searchFindsDossiersWithAndWithoutDiacriticsWithinWhatTheUserMaySee() throws Exception {
    String token = token();
    String saThay = submit("sa-thay");
    String konTum = submit("kon-tum");
    String other = submit("sa-thay");
    DigitisationService.Result first = digitise(saThay, "TO_KHAI", "to-khai.pdf",
        TestFiles.pdf("TỜ KHAI ĐĂNG KÝ KHAI SINH\nNgười yêu cầu: Nguyễn Văn An\nMã thử nghiệm: " + token));
    assertThat(first.fileType()).isEqualTo(FileType.PDF);
    assertThat(first.pageCount()).isEqualTo(1);
    assertThat(first.reused()).isFalse();
    digitise(konTum, "TO_KHAI", "to-khai.docx", TestFiles.docx("Tờ khai đăng ký khai sinh", "Mã thử nghiệm: " + token));
    digitise(other, "TO_KHAI", "to-khai.pdf", TestFiles.pdf("TỜ KHAI ĐĂNG KÝ KẾT HÔN\nMã thử nghiệm: " + token));

    assertThat(codes("sathay.clerk", "đăng ký khai sinh " + token)).containsExactly(saThay);
    assertThat(codes("sathay.clerk", "dang ky khai sinh " + token)).containsExactly(saThay);
    assertThat(codes("sathay.clerk", "DANG KY " + token)).containsExactlyInAnyOrder(saThay, other);
    assertThat(codes("sathay.supervisor", "Đăng Ký Khai Sinh " + token)).containsExactly(saThay);
    assertThat(codes("kontum.clerk", "dang ky khai sinh " + token)).containsExactly(konTum);
    assertThat(codes("demo", "đăng ký khai sinh " + token)).containsExactlyInAnyOrder(saThay, konTum);
    assertThat(codes("sathay.clerk", "ket hon " + token)).containsExactly(other);
    assertThat(codes("sathay.clerk", "khai tu " + token)).isEmpty();

    JsonNode hit = new Http(rest).get("sathay.clerk", "/api/search/dossiers?q=khai+sinh+" + token, JsonNode.class).getBody().get(0);
    assertThat(hit.get("procedureName").asText()).isEqualTo("Đăng ký khai sinh");
    assertThat(hit.get("statusName").asText()).isNotBlank();
    assertThat(hit.get("snippet").asText()).contains("KHAI SINH");
    assertThat(hit.get("components").get(0).asText()).isEqualTo("TO_KHAI");

    assertThat(new Http(rest).get("portal", "/api/search/dossiers?q=khai+sinh", JsonNode.class).getStatusCode().value()).isEqualTo(403);
    assertThat(new Http(rest).get(null, "/api/search/dossiers?q=khai+sinh", JsonNode.class).getStatusCode().value()).isEqualTo(401);

    JsonNode recordsOfDossier = new Http(rest).get("sathay.clerk", "/api/digitisation/dossiers/" + saThay, JsonNode.class).getBody();
    // the two files submitted online by the portal, then the clerk's
    assertThat(recordsOfDossier).hasSize(3);
    assertThat(recordsOfDossier.get(0).get("digitisedBy").asText()).isEqualTo("portal");
    assertThat(recordsOfDossier.get(1).get("reused").asBoolean()).as("same file twice in one dossier is no reuse").isFalse();
    assertThat(recordsOfDossier.get(2).get("digitisedBy").asText()).isEqualTo("sathay.clerk");
    assertThat(recordsOfDossier.get(2).get("imagesMatchPages").asBoolean()).isFalse();
    assertThat(recordsOfDossier.toString()).doesNotContain(CITIZEN);
    assertThat(new Http(rest).get("kontum.clerk", "/api/digitisation/dossiers/" + saThay, JsonNode.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theSameCitizensComponentIsReusedNotScannedAgain() {
    String token = token();
    String firstDossier = submit("sa-thay");
    String secondDossier = submit("kon-tum");
    String third = submit("sa-thay");
    byte[] birthCertificate = TestFiles.pdf("GIẤY CHỨNG SINH\nHọ tên mẹ: Lê Thị Hoa\n" + token);
    JsonNode before = new Http(rest).get("demo", "/api/digitisation/stats", JsonNode.class).getBody();

    DigitisationService.Result first = digitise(firstDossier, "GIAY_CHUNG_SINH", "giay-chung-sinh.pdf", birthCertificate);
    DigitisationService.Result again = digitise(secondDossier, "GIAY_CHUNG_SINH", "ban-khac.pdf", birthCertificate);
    assertThat(again.reused()).isTrue();
    assertThat(again.reusedFrom()).isEqualTo(first.recordId());
    assertThat(again.sha256()).isEqualTo(first.sha256());
    assertThat(again.recordId()).isNotEqualTo(first.recordId());
    assertThat(contents.findBySha256(first.sha256())).isPresent();

    // a document of the citizen's data store, known by its digest: linked without the bytes
    assertThat(digitisation.reuse(third, null, "GIAY_CHUNG_SINH", CITIZEN, FORMS, first.sha256(), "sathay.clerk", "sa-thay"))
        .hasValueSatisfying(r -> assertThat(r.reusedFrom()).isEqualTo(first.recordId()));
    assertThat(digitisation.reuse(third, null, "GIAY_CHUNG_SINH", "062095009999", FORMS, first.sha256(), "sathay.clerk", "sa-thay")).isEmpty();

    JsonNode after = new Http(rest).get("demo", "/api/digitisation/stats", JsonNode.class).getBody();
    assertThat(after.get("components").asLong()).isEqualTo(before.get("components").asLong() + 3);
    assertThat(after.get("reused").asLong()).isEqualTo(before.get("reused").asLong() + 2);
    assertThat(after.get("reuseShare").asDouble()).isBetween(0.0, 1.0);
    JsonNode kontum = new Http(rest).get("kontum.supervisor", "/api/digitisation/stats", JsonNode.class).getBody();
    assertThat(kontum.get("reused").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aRefusedFileLeavesNothingBehind() throws Exception {
    String dossier = submit("sa-thay");
    long files = storedFiles();
    long rows = records.count();
    ContentRefusedException secret = catchThrowableOfType(ContentRefusedException.class,
        () -> digitise(dossier, "TO_KHAI", "cong-van.docx", TestFiles.docx("ỦY BAN NHÂN DÂN XÃ SA THẦY", "TỐI MẬT", "Nội dung " + token())));
    assertThat(secret.reason()).isEqualTo(Refusal.STATE_SECRET);
    ContentRefusedException exe = catchThrowableOfType(ContentRefusedException.class,
        () -> digitise(dossier, "GIAY_CHUNG_SINH", "giay-chung-sinh.pdf", TestFiles.executable()));
    assertThat(exe.reason()).isEqualTo(Refusal.DISGUISED);
    assertThat(storedFiles()).isEqualTo(files);
    assertThat(records.count()).isEqualTo(rows);

    // rolled back by the caller: nothing recorded; the file (which another transaction might have been
    // committing at the same time) is an orphan that the sweeper removes after the grace period
    byte[] rolledBack = TestFiles.pdf("Tờ khai " + token());
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      digitise(dossier, "TO_KHAI", "to-khai.pdf", rolledBack);
      status.setRollbackOnly();
    });
    assertThat(records.count()).isEqualTo(rows);
    String sha256 = Hashes.sha256Hex(rolledBack);
    assertThat(contents.findBySha256(sha256)).isEmpty();
    Path orphan = Path.of(props.getStoreDir()).resolve(ContentStore.key(sha256));
    Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(props.getOrphanGrace()).minusSeconds(60)));
    assertThat(sweeper.sweep()).contains(ContentStore.key(sha256));
    assertThat(orphan).doesNotExist();
  }
}
