package vn.gov.commune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierRepository;

/**
 * The Cockpit page "Giám sát" (app/cockpit/giam-sat/plugin.js) in Chromium: the Sa Thầy supervisor
 * opens Cockpit and, without a query, sees on the dashboard the overdue dossier of Sa Thầy with who
 * holds it and its deadline, linking to its process instance, and nothing of Kon Tum's overdue
 * dossier; the menu entry "Giám sát" opens the full page (period figures, plans, archives).
 */
@BrowserTest
class CockpitSupervisionTest extends BrowserSession {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired DossierRepository dossiers;

  String saThay;
  String saThayInstance;
  String konTum;
  Instant saThayDue;

  @BeforeAll
  void twoOverdueDossiers() {
    Instant now = Instant.now();
    saThayDue = now.minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    saThay = overdueAtDigitisation("sathay.clerk", "sa-thay", saThayDue);
    konTum = overdueAtDigitisation("kontum.clerk", "kon-tum", now.minus(2, ChronoUnit.DAYS));
  }

  @AfterAll
  void removeInstances() {
    for (String code : new String[] {saThay, konTum}) {
      if (code != null) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list()
            .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over", true, true));
      }
    }
  }

  /**
   * A counter birth registration of {@code commune}, received, waiting at "Số hóa thành phần hồ sơ"
   * claimed by its clerk, its appointment and the step's due date at {@code due} (in the past).
   */
  private String overdueAtDigitisation(String clerk, String commune, Instant due) {
    identity.setAuthentication(clerk, List.of("clerk"), List.of(commune));
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
    identity.setAuthentication(clerk, List.of("clerk"), List.of(commune));
    try {
      tasks.complete(receive.getId(), Map.of("receiptDecision", "accept"));
    } finally {
      identity.clearAuthentication();
    }
    tasklist.runJobs();
    Task digitise = tasklist.openTask(code, "UserTask_DigitiseComponents");
    assertThat(digitise).as("dossier %s waits at Số hóa", code).isNotNull();
    digitise.setDueDate(Date.from(due));
    tasks.saveTask(digitise);
    tasks.claim(digitise.getId(), clerk);
    Dossier dossier = dossiers.findByCode(code).orElseThrow();
    dossier.setAppointmentAt(due);
    dossiers.save(dossier);
    if (commune.equals("sa-thay")) {
      saThayInstance = digitise.getProcessInstanceId();
    }
    return code;
  }

  @Test
  void supervisorSeesTheOverdueDossierOfTheCommuneAndWhoHoldsItWithoutAQuery() {
    browser.logIn("cockpit", "sathay.supervisor");
    browser.waitForText("Giám sát: hồ sơ quá hạn, sắp đến hạn", "Hồ sơ quá hạn và sắp đến hạn");
    browser.shot("cockpit-giam-sat-dashboard-top");
    // what is late comes first on the dashboard, above Cockpit's own counters
    WebElement plugin = browser.find(By.cssSelector("[data-commune-plugin='giam-sat']"));
    WebElement counters = browser.find(By.xpath("//*[normalize-space() = 'Phiên quy trình đang chạy']"));
    assertThat(plugin.getLocation().getY()).isLessThan(counters.getLocation().getY());
    WebElement row = browser.find(By.xpath("//table[contains(@class, 'commune-gs-dossiers')]//tr[.//a[normalize-space() = '" + saThay + "']]"));
    String due = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(saThayDue.atZone(VIETNAM));
    assertThat(row.getText()).contains(saThay, "Đăng ký khai sinh", "Số hóa thành phần hồ sơ", "Nguyễn Thị Hoa", due, "Quá hạn");
    String page = browser.text();
    assertThat(page).contains("Xã Sa Thầy", "Theo thủ tục", "Theo bước xử lý", "Theo người / nhóm đang xử lý",
        "Bước xử lý quá hạn (theo hạn riêng của từng bước)");
    assertThat(page).as("nothing of Kon Tum").doesNotContain(konTum, "Phường Kon Tum");
    // the step past its own due date, with its holder
    WebElement step = browser.find(By.xpath("//h4[starts-with(normalize-space(), 'Bước xử lý quá hạn')]/following-sibling::table//tr[td[1][normalize-space() = 'Số hóa thành phần hồ sơ']][td[2][contains(normalize-space(), 'Nguyễn Thị Hoa')]]"));
    assertThat(step.isDisplayed()).isTrue();
    browser.script("arguments[0].scrollIntoView({block: 'center'})", row);
    browser.shot("cockpit-giam-sat-dashboard");

    // the dossier's code opens its process instance in Cockpit
    browser.click(row.findElement(By.xpath(".//a[normalize-space() = '" + saThay + "']")));
    browser.until("the process instance page", d -> d.getCurrentUrl().contains("#/process-instance/" + saThayInstance) ? Boolean.TRUE : null);
    browser.waitForText(saThay);
    browser.shot("cockpit-giam-sat-instance");
  }

  /** The part of the page under the heading {@code title}, scrolled into view. */
  private WebElement section(String title) {
    WebElement heading = browser.until("the heading " + title,
        d -> d.findElements(By.xpath("//h3[normalize-space() = '" + title + "']")).stream().findFirst().orElse(null));
    browser.script("arguments[0].scrollIntoView({block: 'start'})", heading);
    return heading.findElement(By.xpath("./parent::section"));
  }

  @Test
  void theGiamSatPageShowsTheFiguresOfAPeriodThePlansAndTheArchives() {
    browser.logIn("cockpit", "sathay.supervisor");
    browser.waitForText("Giám sát: hồ sơ quá hạn, sắp đến hạn");
    browser.click(browser.find(By.xpath("//a[normalize-space() = 'Giám sát'][contains(@href, 'giam-sat')]")));
    browser.waitForText("Kỳ báo cáo:", "Hồ sơ cần chú ý");
    assertThat(browser.driver().getCurrentUrl()).contains("#/giam-sat");
    browser.shot("cockpit-giam-sat-page-top");
    // the page scrolls within itself: each part, scrolled to, shows its figures
    WebElement period = section("Kết quả giải quyết trong kỳ");
    browser.until("the figures of this month", d -> period.getText().contains("tỷ lệ đúng hạn") ? Boolean.TRUE : null);
    assertThat(period.getText()).contains("Kỳ tháng ", "hồ sơ tiếp nhận", "giải quyết đúng hạn", "giải quyết quá hạn",
        "tỷ lệ trực tuyến toàn trình", "tỷ lệ trả kết quả điện tử", "tỷ lệ tái sử dụng dữ liệu", "lượt đánh giá", "tỷ lệ hài lòng");
    browser.shot("cockpit-giam-sat-page-period");
    // a quarter instead of this month
    WebElement kind = browser.driver().findElement(By.cssSelector("select[aria-label='Loại kỳ']"));
    browser.script("arguments[0].scrollIntoView({block: 'center'})", kind);
    new org.openqa.selenium.support.ui.Select(kind).selectByVisibleText("Quý");
    browser.until("the figures of this quarter", d -> period.getText().contains("Kỳ quý ") && period.getText().contains("tỷ lệ đúng hạn") ? Boolean.TRUE : null);
    WebElement archives = section("Số hóa hồ sơ, tài liệu lưu trữ");
    assertThat(archives.getText()).contains("tài liệu đã số hóa", "chưa khai báo tổng số hồ sơ, tài liệu lưu trữ");
    WebElement plans = section("Kế hoạch, nhiệm vụ");
    assertThat(plans.isDisplayed()).isTrue();
    browser.shot("cockpit-giam-sat-page-archives-plans");
    String all = (String) browser.script("return document.querySelector(\"[data-commune-plugin='giam-sat']\").textContent");
    assertThat(all).contains(saThay).doesNotContain(konTum, "Phường Kon Tum");
  }
}
