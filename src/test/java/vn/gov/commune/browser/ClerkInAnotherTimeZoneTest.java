package vn.gov.commune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.commune.digitisation.TestFiles;

/**
 * A clerk whose computer is set to UTC: Tasklist, Cockpit and Admin still show Vietnam time
 * (Asia/Ho_Chi_Minh, +07:00) as dd/MM/yyyy HH:mm; the task list shows each dossier task's card
 * (code, applicant, procedure, due date) unfolded; the file fields of the digitisation form speak
 * Vietnamese ("Chọn tệp", "Chưa chọn tệp", the chosen file's name).
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClerkInAnotherTimeZoneTest extends BrowserSession {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
  /** 10:00 UTC on 25/12/2026 is 17:00 in Vietnam. */
  static final Instant DUE = Instant.parse("2026-12-25T10:00:00Z");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  /** The dossier at "Số hóa thành phần hồ sơ", claimed by the clerk, due at {@link #DUE}. */
  Task digitise;

  @Override
  String timeZone() {
    return "UTC";
  }

  /** A counter birth registration received by the clerk, its digitisation task due at {@link #DUE}. */
  private Task dossierToDigitise() {
    if (digitise != null) {
      return digitise;
    }
    identity.setAuthentication(Tasklist.CLERK, List.of("clerk"), List.of("sa-thay"));
    String code;
    try {
      Map<String, Object> variables = new HashMap<>();
      variables.put("procedureCode", "1.001193");
      variables.put("applicantPersonalId", "062095001234");
      variables.put("applicantName", "Nguyễn Văn An");
      variables.put("applicantPhone", "0905123456");
      variables.put("applicantAddress", "Thôn 1");
      variables.put("copies", 1L);
      variables.put("pages", 1L);
      code = runtime.startProcessInstanceByKey("dossier", variables).getBusinessKey();
    } finally {
      identity.clearAuthentication();
    }
    tasklist.runJobs();
    Task receive = tasklist.openTask(code, "UserTask_ReceiveDossier");
    assertThat(receive).as("dossier %s waits at Tiếp nhận hồ sơ", code).isNotNull();
    identity.setAuthentication(Tasklist.CLERK, List.of("clerk"), List.of("sa-thay"));
    try {
      tasks.complete(receive.getId(), Map.of("receiptDecision", "accept"));
    } finally {
      identity.clearAuthentication();
    }
    tasklist.runJobs();
    Task task = tasklist.openTask(code, "UserTask_DigitiseComponents");
    assertThat(task).as("dossier %s waits at Số hóa", code).isNotNull();
    task.setDueDate(Date.from(DUE));
    tasks.saveTask(task);
    tasks.claim(task.getId(), Tasklist.CLERK);
    digitise = tasklist.openTask(code, "UserTask_DigitiseComponents");
    return digitise;
  }

  private static String vietnamTime(Instant instant) {
    return LONG.format(instant.atZone(VIETNAM));
  }

  /** The entry of the task list that shows the dossier {@code code}. */
  private WebElement entry(String code) {
    return browser.find(By.xpath("//ol[contains(@class, 'tasks-list')]/li[contains(@class, 'task')][.//*[contains(normalize-space(), '" + code + "')]]"));
  }

  @Test
  @Order(1)
  void clerkOnAComputerSetToUtcSeesTheTaskCardUnfoldedInVietnamTime() {
    Task task = dossierToDigitise();
    String code = (String) runtime.getVariable(task.getProcessInstanceId(), "dossierCode");
    tasklist.logIn(Tasklist.CLERK);
    assertThat(browser.script("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isIn("UTC", "Etc/UTC");
    browser.click("Việc của tôi");
    WebElement entry = entry(code);

    // the card: code, applicant and procedure readable without unfolding anything
    WebElement card = entry.findElement(By.cssSelector(".task-card-details"));
    browser.until("the card of " + code + " with its procedure", d -> card.getText().contains("Đăng ký khai sinh") ? card : null);
    assertThat(card.getText()).contains("Mã hồ sơ", code, "Người nộp", "Nguyễn Văn An", "Thủ tục", "Đăng ký khai sinh");
    Number hidden = (Number) browser.script("return arguments[0].scrollHeight - arguments[0].clientHeight", card);
    assertThat(hidden.intValue()).as("pixels of the card folded away").isLessThanOrEqualTo(1);
    assertThat(entry.findElements(By.cssSelector(".shutter")).stream().filter(WebElement::isDisplayed)).as("no chevron").isEmpty();

    // due and created dates in Vietnam time (the tooltips of "Hạn xử lý … nữa" and "Tạo … trước")
    String due = entry.findElement(By.cssSelector(".due-date [uib-tooltip]")).getAttribute("uib-tooltip");
    assertThat(due).contains("25/12/2026 17:00:00").doesNotContain("10:00:00");
    String created = entry.findElement(By.cssSelector(".creation-date [uib-tooltip]")).getAttribute("uib-tooltip");
    assertThat(created).contains(vietnamTime(task.getCreateTime().toInstant()));
    assertThat(browser.text()).contains("Ngày giờ hiển thị theo giờ Việt Nam (UTC+07:00): Asia/Ho_Chi_Minh");
    browser.shot("tasklist-task-card-utc-computer");
  }

  @Test
  @Order(2)
  void theDigitisationFormHasVietnameseFileButtonsThatTheKeyboardReaches() throws IOException {
    Task task = dossierToDigitise();
    tasklist.logIn(Tasklist.CLERK);
    browser.go(Tasklist.PATH + "#/?task=" + task.getId());
    browser.waitForText(task.getName());
    List<WebElement> inputs = browser.until("the scan fields", d -> {
      List<WebElement> found = d.findElements(By.cssSelector("input[type=file].commune-file-input"));
      return found.size() >= 2 ? found : null;
    });
    WebElement first = inputs.get(0);
    String id = first.getAttribute("id");
    WebElement button = browser.find(By.cssSelector("label.commune-file-button[for='" + id + "']"));
    assertThat(button.getText()).isEqualTo("Chọn tệp");
    WebElement chosen = browser.find(By.id(id + "-chosen"));
    assertThat(chosen.getText()).isEqualTo("Chưa chọn tệp");
    // the browser's own English button is out of sight, yet the input keeps the keyboard focus
    assertThat(first.getRect().getWidth()).isLessThanOrEqualTo(1);
    assertThat(browser.script("arguments[0].focus(); return document.activeElement === arguments[0]", first)).isEqualTo(true);
    browser.shot("digitise-file-buttons");

    Path dir = Files.createTempDirectory("browser-upload");
    Path scan = Files.write(dir.resolve("to-khai.pdf"), TestFiles.pdf("To khai"));
    first.sendKeys(scan.toString());
    browser.until("the chosen file's name", d -> chosen.getText().equals("Đã chọn: to-khai.pdf") ? Boolean.TRUE : null);
  }

  @Test
  @Order(3)
  void supervisorAndAdministratorSeeVietnamTimeInCockpitAndAdmin() {
    for (String[] app : new String[][] {{"cockpit", "sathay.supervisor"}, {"admin", "demo"}}) {
      browser.logIn(app[0], app[1]);
      browser.waitForText("Asia/Ho_Chi_Minh");
      // what the apps' date filter (camDate) does with a date of the REST API
      assertThat(browser.script("return window.moment('2026-12-25T10:00:00.000+0000').format('DD/MM/YYYY HH:mm')"))
          .as(app[0]).isEqualTo("25/12/2026 17:00");
      // a date typed without an offset (a search in Cockpit) means Vietnam time
      assertThat(browser.script("return window.moment('2026-12-25T17:00:00').toISOString()"))
          .as(app[0]).isEqualTo("2026-12-25T10:00:00.000Z");
      assertThat(browser.script("return window.moment.utc('2026-12-25T10:00:00Z').format('HH:mm')")).as("UTC stays UTC").isEqualTo("10:00");
    }
  }
}
