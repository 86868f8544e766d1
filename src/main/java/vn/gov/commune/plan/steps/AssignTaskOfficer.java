package vn.gov.commune.plan.steps;

import static vn.gov.commune.plan.PlanTaskVariables.ASSIGN_NOTE;
import static vn.gov.commune.plan.PlanTaskVariables.OFFICER_ID;
import static vn.gov.commune.plan.PlanTaskVariables.OFFICER_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.organisation.StaffDirectory;
import vn.gov.commune.plan.PlanService;
import vn.gov.commune.plan.PlanTask;
import vn.gov.commune.plan.TaskStatus;

/** Template "Ghi nhận phân công cán bộ": the officer chosen (checked by checkAssignment) carries out the task from now on. */
@Component("assignTaskOfficer")
public class AssignTaskOfficer implements JavaDelegate {

  private final PlanStepSupport support;
  private final PlanService service;
  private final StaffDirectory staff;

  public AssignTaskOfficer(PlanStepSupport support, PlanService service, StaffDirectory staff) {
    this.support = support;
    this.service = service;
    this.staff = staff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanTask task = support.task(execution);
    String officerId = PlanStepSupport.require(execution, OFFICER_ID, "Chọn cán bộ thực hiện nhiệm vụ.");
    execution.setVariable(OFFICER_ID, officerId);
    execution.setVariable(OFFICER_NAME, staff.nameAndPosition(officerId));
    task.setOfficerId(officerId);
    service.save(task);
    service.log(task.getPlan(), task, "ASSIGN", "Phân công " + officerId + " thực hiện nhiệm vụ " + task.getCode() + ".",
        PlanStepSupport.string(execution, ASSIGN_NOTE), null, officerId);
    service.changeStatus(task, TaskStatus.DANG_THUC_HIEN_TRONG_HAN, "Nhiệm vụ " + task.getCode() + " bắt đầu thực hiện.");
  }
}
