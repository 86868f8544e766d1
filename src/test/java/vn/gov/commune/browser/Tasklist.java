package vn.gov.commune.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A person's work in Camunda Tasklist through {@link Browser}: start a counter dossier with the start
 * form, open a dossier's task and claim it, complete it. The engine is asked only what a person
 * would read off the screen or a slip (the new dossier's code, the id of a task to open), and runs
 * the jobs the job executor would (it is off in the tests).
 */
final class Tasklist {

  static final String PATH = "/camunda/app/tasklist/default/";
  static final String CLERK = "sathay.clerk";

  private final Browser browser;
  private final TaskService tasks;
  private final HistoryService history;
  private final ManagementService management;

  Tasklist(Browser browser, ProcessEngine engine) {
    this.browser = browser;
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    this.management = engine.getManagementService();
  }

  /** Logs {@code user} in to Tasklist and waits for the task list. */
  void logIn(String user) {
    browser.logIn("tasklist", user);
    browser.waitForText("Khởi tạo quy trình");
  }

  /**
   * The clerk starts "Giải quyết hồ sơ thủ tục hành chính" with the counter start form: a birth
   * registration for Nguyễn Văn An (062095001234, in the simulated population database). Screenshot
   * {@code screenshot} of the filled form when not null. Returns the new dossier's code, once its
   * population look-up has run and it waits at "Tiếp nhận hồ sơ".
   */
  String startCounterDossier(String screenshot) {
    Set<String> before = dossiersStartedByClerk();
    logIn(CLERK);
    browser.click("Khởi tạo quy trình");
    browser.click("Giải quyết hồ sơ thủ tục hành chính");
    WebElement procedure = browser.find(By.cssSelector(".fjs-form-field-select input"));
    procedure.click();
    procedure.sendKeys("khai sinh");
    browser.find(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space()='Đăng ký khai sinh (1.001193)']")).click();
    browser.type("Field_applicantPersonalId", "062095001234");
    browser.type("Field_applicantName", "Nguyễn Văn An");
    browser.type("Field_applicantPhone", "0912345678");
    browser.find(By.cssSelector("input[id*='Field_applicantPhone']")).sendKeys(Keys.TAB);
    Browser.pause(Duration.ofMillis(500));
    if (screenshot != null) {
      browser.shot(screenshot);
    }
    browser.click("Khởi tạo");
    browser.waitForText("Đã khởi tạo quy trình.");
    String code = awaitNewDossier(before);
    runJobs(); // the population look-up is asynchronous
    assertThat(openTask(code, "UserTask_ReceiveDossier")).as("dossier %s waits at Tiếp nhận hồ sơ", code).isNotNull();
    return code;
  }

  private Set<String> dossiersStartedByClerk() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("dossier").startedBy(CLERK).list().stream()
        .map(HistoricProcessInstance::getBusinessKey)
        .collect(Collectors.toSet());
  }

  private String awaitNewDossier(Set<String> before) {
    Instant until = Instant.now().plus(Browser.WAIT);
    while (Instant.now().isBefore(until)) {
      List<String> added = dossiersStartedByClerk().stream().filter(key -> !before.contains(key)).toList();
      if (added.size() == 1) {
        return added.get(0);
      }
      Browser.pause(Duration.ofMillis(200));
    }
    return fail("No new dossier was started by %s", CLERK);
  }

  Task openTask(String code, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).singleResult();
  }

  /**
   * Logs {@code user} in, opens the dossier's open task {@code taskKey} (as a link to it would),
   * claims it ("Nhận xử lý") and waits for its form and the "Hoàn thành" button.
   */
  void claim(String user, String code, String taskKey) {
    Task task = openTask(code, taskKey);
    assertThat(task).as("open task %s of %s", taskKey, code).isNotNull();
    logIn(user);
    browser.go(PATH + "#/?task=" + task.getId());
    browser.waitForText(task.getName());
    if (!user.equals(task.getAssignee())) { // an earlier test may have claimed it already
      browser.click("Nhận xử lý");
    }
    browser.visible("Hoàn thành");
    browser.find(By.cssSelector("form[name], .fjs-form"));
    Browser.pause(Duration.ofMillis(800)); // the form fetches its variables
  }

  /** Clicks "Hoàn thành" and waits until the engine has completed the task; then runs the jobs it left. */
  void complete(String code, String taskKey) {
    Task task = openTask(code, taskKey);
    assertThat(task).as("open task %s of %s", taskKey, code).isNotNull();
    clickComplete();
    Instant until = Instant.now().plus(Browser.WAIT);
    while (tasks.createTaskQuery().taskId(task.getId()).count() > 0) {
      if (Instant.now().isAfter(until)) {
        String name = "complete-" + taskKey + "-failed";
        browser.shot(name);
        fail("Completing %s of %s did not go through (screenshot %s.png); the page shows:%n%s", taskKey, code, name, browser.text());
      }
      Browser.pause(Duration.ofMillis(200));
    }
    runJobs();
  }

  void clickComplete() {
    browser.click("Hoàn thành");
  }

  /** The texts of the notifications Tasklist shows (errors and confirmations), one per line. */
  String notifications() {
    return browser.all(By.cssSelector(".notifications .alert, .notification")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .collect(Collectors.joining("\n"));
  }

  /** Closes the notifications (×), as a person does before trying again: they cover the form's buttons. */
  void dismissNotifications() {
    browser.all(By.cssSelector(".page-notifications .alert .close, .notifications .alert .close")).stream()
        .filter(WebElement::isDisplayed)
        .forEach(WebElement::click);
    Browser.pause(Duration.ofMillis(300));
  }

  /** Runs every due job (async steps, status syncs) until none is left, as the job executor would. */
  void runJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      boolean progressed = false;
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
          progressed = true;
        } catch (RuntimeException failed) {
          // an outage of a simulated service: the job keeps its retries, as with the job executor
        }
      }
      if (!progressed) {
        return;
      }
    }
  }

  /** The jobs that failed (what the job executor would retry), with their errors: for a failure's message. */
  String failedJobs() {
    return management.createJobQuery().withException().list().stream()
        .map(job -> job.getId() + ": " + job.getExceptionMessage())
        .collect(Collectors.joining("; "));
  }
}
