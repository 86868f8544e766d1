package vn.gov.commune.plan.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.commune.plan.EvidenceRepository;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.PlanTaskVariables;
import vn.gov.commune.plan.ProgressReportRepository;

/**
 * Guard on completing UserTask_SubmitResult: a result text, and evidence for a one-off task's first
 * report (a report sent back may rely on the evidence already stored).
 */
@Component("checkResultReport")
public class CheckResultReport implements TaskListener {

  private final PlanStepSupport support;
  private final ProgressReportRepository reports;
  private final EvidenceRepository evidence;

  public CheckResultReport(PlanStepSupport support, ProgressReportRepository reports, EvidenceRepository evidence) {
    this.support = support;
    this.reports = reports;
    this.evidence = evidence;
  }

  @Override
  public void notify(DelegateTask delegate) {
    PlanTask task = support.task(delegate);
    PlanStepSupport.require(delegate, PlanTaskVariables.RESULT_TEXT, "Nhập kết quả thực hiện (rõ kết quả).");
    if (task.isRecurring() || !EvidenceFiles.of(delegate).files().isEmpty()) {
      return;
    }
    boolean hadEvidence = !reports.findByTaskIdOrderById(task.getId()).isEmpty()
        && !evidence.findByTaskIdOrderById(task.getId()).isEmpty();
    if (!hadEvidence) {
      throw new ProcessEngineException("Đính kèm ít nhất một tài liệu minh chứng (PDF, DOCX, ODT, XLSX, JPEG, PNG).");
    }
  }
}
