package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.PERIOD;
import static vn.gov.commune.plan.PlanTaskVariables.REPORT_ID;
import static vn.gov.commune.plan.PlanTaskVariables.RESULT_TEXT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.Evidence;
import vn.gov.commune.plan.EvidenceRepository;
import vn.gov.commune.plan.PlanFileStore;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.ProgressReport;
import vn.gov.commune.plan.ProgressReportRepository;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.FileRefusals;
import vn.gov.commune.web.UntrustedText;

/**
 * Template "Lưu kết quả và minh chứng": the officer's report of the period and its evidence files
 * (each file's type detected from its content; a refused file refuses the whole submission, every refused
 * file named in one message),
 * the file variables removed from the instance once stored.
 */
@Component("saveTaskResult")
public class SaveTaskResult implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;
  private final ProgressReportRepository reports;
  private final EvidenceRepository evidence;
  private final PlanFileStore files;

  public SaveTaskResult(PlanStepSupport support, PlanService service, ProgressReportRepository reports, EvidenceRepository evidence,
      PlanFileStore files) {
    this.support = support;
    this.service = service;
    this.reports = reports;
    this.evidence = evidence;
    this.files = files;
  }

  private record Checked(String fileName, String contentType, byte[] content) {}

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    String text = PlanStepSupport.require(execution, RESULT_TEXT, "Nhập kết quả thực hiện (rõ kết quả).");
    EvidenceFiles attached = EvidenceFiles.of(execution);
    List<Checked> checked = new ArrayList<>();
    FileRefusals refused = new FileRefusals(); // every refused file named at once
    for (EvidenceFiles.File file : attached.files()) {
      try {
        String fileName = UntrustedText.uploadedFileName(file.fileName(), file.variable());
        checked.add(new Checked(fileName, files.check(fileName, file.content()), file.content()));
      } catch (ApiException e) {
        refused.add(e.getMessage());
      }
    }
    if (!refused.isEmpty()) {
      throw new ProcessEngineException(refused.message());
    }
    ProgressReport report = reports.save(new ProgressReport(task.getId(), PlanStepSupport.string(execution, PERIOD), text, null,
        service.actor(), PlanService.now()));
    for (Checked file : checked) {
      evidence.save(new Evidence(report.getId(), task.getId(), file.fileName(), file.contentType(), file.content().length,
          files.store(file.fileName(), file.contentType(), file.content()), service.actor(), PlanService.now()));
    }
    attached.variables().forEach(execution::removeVariable);
    execution.setVariable(REPORT_ID, report.getId());
    service.log(task.getPlan(), task, "SUBMIT", "Báo cáo " + (task.isRecurring() ? "tháng " + report.getPeriod() : "kết quả") + " nhiệm vụ "
        + task.getCode() + " với " + checked.size() + " tài liệu minh chứng.", null, null, text);
  }
}
