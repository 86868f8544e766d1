package vn.gov.commune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.digitisation.TestFiles;
import vn.gov.commune.integration.SigningClient;
import vn.gov.commune.support.Pdfsig;

/**
 * One counter dossier (đăng ký khai sinh) in the browser, as the clerk, the specialist, the leader and
 * the citizen meet it: started with Tasklist's start form, received, its slip opened from the task
 * form, its scans uploaded (a disguised file refused first), a scan opened by the leader, its status
 * read on the public look-up page, then approved and signed by the leader and its signed result PDF
 * downloaded from the clerk's return form and checked by poppler's {@code pdfsig}. Each test brings the dossier as far as it needs (the tests share it
 * in this order, and each one also runs alone).
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CounterDossierTest extends BrowserSession {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  static final String SCAN_TEXT = "To khai dang ky khai sinh - Nguyen Minh Khoi";

  @Autowired TestRestTemplate rest;
  @Autowired SigningClient signing;

  /** The dossier walked by the tests and how far it got. */
  String code;
  boolean received;
  boolean digitised;
  boolean reviewed;
  boolean approved;
  /** What Tasklist showed when the disguised scans were refused. */
  String refusalNotice;

  @Test
  @Order(1)
  void clerkStartsADossierAtTheCounterAndReceivesIt() {
    receivedDossier();

    Map<?, ?> dossier = asAdministrator("/api/dossiers/" + code, Map.class);
    assertThat(dossier.get("statusName")).isEqualTo("Được tiếp nhận");
    List<Object> types = field(asAdministrator("/api/dossiers/" + code + "/documents", List.class), "type");
    assertThat(types).contains("RECEIPT");
  }

  @Test
  @Order(2)
  void clerkOpensTheReceiptSlipFromTheTaskFormWithoutASecondLogin() {
    receivedDossier();
    tasklist.claim(Tasklist.CLERK, code, "UserTask_DigitiseComponents");

    WebElement slip = link(a -> a.href().contains("/api/dossiers/" + code + "/") && a.text().contains("tiếp nhận"));
    Map<String, Object> answer = browser.fetchInPage(slip.getAttribute("href"));
    assertThat(answer.get("status")).as("the slip opens with the Tasklist login, no password prompt").isEqualTo(200L);
    assertThat(documentText(answer)).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code, "Nguyễn Văn An");
  }

  @Test
  @Order(3)
  void clerkUploadsTheScansAndADisguisedFileIsRefusedInVietnamese() {
    digitisedDossier();

    assertThat(refusalNotice).contains("to-khai.pdf", "nội dung thực là");
    List<Object> files = field(asAdministrator("/api/dossiers/" + code + "/components", List.class), "fileName");
    assertThat(files).as("the paper components' scans; the others come from national data, without a file")
        .filteredOn(java.util.Objects::nonNull)
        .containsExactlyInAnyOrder("to-khai.pdf", "giay-chung-sinh.pdf");
  }

  @Test
  @Order(4)
  void aRefusedUploadShowsOnlyTheVietnameseMessageForEveryRefusedFile() {
    digitisedDossier();

    assertThat(refusalNotice)
        .contains("to-khai.pdf", "giay-chung-sinh.pdf", "nội dung thực là")
        .doesNotContain("ENGINE-", "Exception", "exception", "TaskListener", "org.camunda", "Cannot submit", code + ":");
  }

  @Test
  @Order(5)
  void leaderOpensAScanFromTheApprovalForm() {
    reviewedDossier();
    tasklist.claim("sathay.leader", code, "UserTask_ApproveDossier");
    browser.shot("tasklist-approve-form");

    // the task's header names its commune, not the tenant id
    browser.waitForText("Xã Sa Thầy");
    assertThat(browser.find(By.cssSelector(".task-card .tenant-id")).getText().strip()).isEqualTo("Xã Sa Thầy");
    // the form links to the dossier's papers page, opened in a new tab; the page links to each scan
    WebElement papers = link(a -> a.href().endsWith("/api/dossiers/" + code + "/papers"));
    assertThat(papers.getAttribute("target")).isEqualTo("_blank");
    assertThat(papers.getAttribute("rel")).isEqualTo("noopener");
    Map<String, Object> page = browser.fetchInPage(papers.getAttribute("href"));
    assertThat(page.get("status")).as("the papers page opens with the Tasklist login").isEqualTo(200L);
    String html = new String(Base64.getDecoder().decode((String) page.get("base64")), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher scanLink =
        java.util.regex.Pattern.compile("href=\"([^\"]*/api/dossiers/" + java.util.regex.Pattern.quote(code) + "/components/[^\"]+/file)\"").matcher(html);
    assertThat(scanLink.find()).as("the papers page links to the scans:\n" + html).isTrue();
    Map<String, Object> answer = browser.fetchInPage(scanLink.group(1).replace("&amp;", "&"));
    assertThat(answer.get("status")).as("the scan opens with the Tasklist login, no password prompt").isEqualTo(200L);
    assertThat(documentText(answer)).contains(SCAN_TEXT);
  }

  @Test
  @Order(6)
  void citizenReadsTheStatusInVietnamTimeOnTheLookUpPage() {
    receivedDossier();
    Map<?, ?> dossier = asAdministrator("/api/dossiers/" + code, Map.class);
    Instant receivedAt = Instant.parse((String) dossier.get("receivedAt"));

    // a citizen's phone whose clock is set to UTC: the page must still say Vietnam time
    try (Browser phone = Browser.open(port, "vi-VN", "UTC")) {
      phone.resize(390, 844);
      phone.go("/tra-cuu");
      List<WebElement> fields =
          phone.all(By.cssSelector("input:not([type=hidden]):not([type=submit]):not([type=button])")).stream()
              .filter(WebElement::isDisplayed)
              .toList();
      assertThat(fields).as("the look-up page asks for the code and the last 4 digits").hasSizeGreaterThanOrEqualTo(2);
      fields.get(0).sendKeys(code);
      fields.get(1).sendKeys("5678", Keys.ENTER);
      phone.waitForText("Được tiếp nhận");
      phone.shot("tra-cuu");
      String page = phone.text();
      assertThat(page).contains(code, local(receivedAt, "dd/MM/yyyy"), local(receivedAt, "HH:mm"));
      assertThat(page).doesNotContain("Nguyễn Văn An", "062095001234", "0912345678");
      if (!receivedAt.atZone(VIETNAM).toLocalDate().equals(receivedAt.atZone(ZoneId.of("UTC")).toLocalDate())
          || !local(receivedAt, "HH").equals(DateTimeFormatter.ofPattern("HH").format(receivedAt.atZone(ZoneId.of("UTC"))))) {
        assertThat(page).doesNotContain(DateTimeFormatter.ofPattern("HH:mm").format(receivedAt.atZone(ZoneId.of("UTC"))));
      }
    }
  }

  @Test
  @Order(7)
  void leaderSignsAndTheClerkHandsOverAResultThatPdfsigAccepts() throws Exception {
    approvedDossier();

    tasklist.claim(Tasklist.CLERK, code, "UserTask_ReturnAtCounter");
    browser.waitForText("Trả kết quả tại Bộ phận một cửa", "Kết quả: Giải quyết");
    browser.shot("tasklist-return-form");
    WebElement result = link(a -> a.href().endsWith("/api/dossiers/" + code + "/slips/result"));
    browser.script("arguments[0].scrollIntoView({block: 'center'})", result);
    browser.shot("tasklist-return-form-result");
    assertThat(result.getText()).isEqualTo("Kết quả giải quyết");
    Map<String, Object> answer = browser.fetchInPage(result.getAttribute("href"));
    assertThat(answer.get("status")).as("the result opens with the Tasklist login, no password prompt").isEqualTo(200L);
    assertThat((String) answer.get("type")).startsWith("application/pdf");
    assertThat((String) answer.get("disposition")).contains(".pdf");
    byte[] pdf = Base64.getDecoder().decode((String) answer.get("base64"));
    assertThat(documentText(answer)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", code, "Nguyễn Văn An");

    Files.write(Browser.SCREENSHOTS.resolve("ket-qua.pdf"), pdf); // beside the screenshots, to look at
    String root = signing.rootCertificate(); // the signing service's root, as the product's verifier trusts it
    Path dir = Files.createTempDirectory("browser-pdfsig");
    String report = new Pdfsig(dir, root).check(pdf, "ket-qua.pdf");
    assertThat(report).as("pdfsig on the result downloaded from the return form")
        .contains("Signature Validation: Signature is Valid.", "Certificate Validation: Certificate is Trusted.");
    byte[] tampered = pdf.clone();
    tampered[tampered.length / 8] ^= 0x01;
    assertThat(new Pdfsig(Files.createTempDirectory("browser-pdfsig"), root).check(tampered, "ket-qua-sua.pdf"))
        .as("the same check refuses a changed copy").doesNotContain("Signature is Valid.");
  }

  // -- the dossier's way, each step once --------------------------------------------------------------

  private void receivedDossier() {
    if (received) {
      return;
    }
    code = tasklist.startCounterDossier("tasklist-start-form");
    tasklist.claim(Tasklist.CLERK, code, "UserTask_ReceiveDossier");
    browser.waitForText("Kiểm tra, tiếp nhận hồ sơ " + code, "Thông tin trong CSDL quốc gia về dân cư", "062095001234");
    browser.checkLabel("Tiếp nhận");
    browser.shot("tasklist-receive-form");
    tasklist.complete(code, "UserTask_ReceiveDossier");
    received = true;
  }

  /** Both paper components uploaded as disguised files first (refused), then as real PDFs. */
  private void digitisedDossier() {
    if (digitised) {
      return;
    }
    receivedDossier();
    tasklist.claim(Tasklist.CLERK, code, "UserTask_DigitiseComponents");
    byte[] html = "<html><body>not a scan</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<WebElement> inputs = browser.all(By.cssSelector("input[type=file]"));
    assertThat(inputs).as("one upload per paper component").hasSize(2);
    inputs.get(0).sendKeys(file("to-khai.pdf", html).toString());
    inputs.get(1).sendKeys(file("giay-chung-sinh.pdf", html).toString());
    Browser.pause(Duration.ofMillis(800)); // the form reads the files
    tasklist.clickComplete();
    browser.waitForText("nội dung thực là");
    refusalNotice = tasklist.notifications();
    browser.shot("tasklist-digitise-refused");
    assertThat(tasklist.openTask(code, "UserTask_DigitiseComponents")).as("the refused task stays open").isNotNull();

    tasklist.dismissNotifications();
    byte[] pdf = TestFiles.pdf(SCAN_TEXT);
    inputs.get(0).sendKeys(file("to-khai.pdf", pdf).toString());
    inputs.get(1).sendKeys(file("giay-chung-sinh.pdf", pdf).toString());
    Browser.pause(Duration.ofMillis(800));
    tasklist.complete(code, "UserTask_DigitiseComponents");
    digitised = true;
  }

  private void reviewedDossier() {
    if (reviewed) {
      return;
    }
    digitisedDossier();
    tasklist.claim("sathay.specialist", code, "UserTask_ReviewDossier");
    browser.checkLabel("Đề xuất phê duyệt (giải quyết)");
    browser.type("Field_reviewNote", "Đủ điều kiện đăng ký khai sinh cho cháu Nguyễn Minh Khôi.");
    tasklist.complete(code, "UserTask_ReviewDossier");
    reviewed = true;
  }

  /** The leader approves ("Phê duyệt và ký số") in the approval form; the result is signed (the job runs). */
  private void approvedDossier() {
    if (approved) {
      return;
    }
    reviewedDossier();
    tasklist.claim("sathay.leader", code, "UserTask_ApproveDossier");
    browser.checkLabel("Phê duyệt và ký số");
    browser.shot("tasklist-approve-decided");
    tasklist.complete(code, "UserTask_ApproveDossier"); // runs the signing job and what follows it
    browser.shot("tasklist-approve-signed");
    assertThat(tasklist.openTask(code, "UserTask_ReturnAtCounter"))
        .as("the signed result waits at Trả kết quả tại quầy; jobs left: %s", tasklist.failedJobs())
        .isNotNull();
    approved = true;
  }

  // -- helpers ------------------------------------------------------------------------------------------

  record Link(String text, String href) {}

  /** The first visible link of the page matching {@code test} (text compared in lower case). */
  private WebElement link(java.util.function.Predicate<Link> test) {
    try {
      // Tasklist re-renders the form while it loads: a link found a moment ago may be replaced, so look again
      return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElements(By.cssSelector("a[href]")).stream()
              .filter(WebElement::isDisplayed)
              .filter(a -> test.test(new Link(a.getText().toLowerCase(VIETNAMESE), String.valueOf(a.getAttribute("href")))))
              .findFirst()
              .orElse(null));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.shot("missing-link");
      throw new AssertionError("No such link in the task form (screenshot missing-link.png); the page shows:\n" + browser.text());
    }
  }

  /** The text of a downloaded document (DOCX, PDF or HTML), as a person reads it once opened. */
  private static String documentText(Map<String, Object> answer) {
    byte[] body = Base64.getDecoder().decode((String) answer.get("base64"));
    try {
      return new Tika().parseToString(new ByteArrayInputStream(body));
    } catch (IOException | TikaException e) {
      throw new AssertionError("The document could not be read: " + e.getMessage(), e);
    }
  }

  private static List<Object> field(List<?> rows, String name) {
    return rows.stream().map(row -> ((Map<?, ?>) row).get(name)).map(Object.class::cast).toList();
  }

  private static String local(Instant instant, String pattern) {
    return DateTimeFormatter.ofPattern(pattern).format(instant.atZone(VIETNAM));
  }

  private <T> T asAdministrator(String path, Class<T> type) {
    ResponseEntity<T> answer = rest.withBasicAuth("demo", "demo").getForEntity(path, type);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static Path file(String name, byte[] content) {
    try {
      Path dir = Files.createTempDirectory("browser-upload");
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
