package vn.gov.commune.dossier.steps;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierVariables;

/** Guard (complete listener) of the apology task: a reason and a new working day after today, once per dossier. */
@Component("checkApology")
public class CheckApology implements TaskListener {

  private final StepSupport steps;

  public CheckApology(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    StepSupport.require(task, DossierVariables.APOLOGY_REASON, "Nhập lý do chậm trả kết quả.");
    Object value = task.getVariable(DossierVariables.NEW_APPOINTMENT_DATE);
    LocalDate date;
    try {
      date = value instanceof Date d ? d.toInstant().atZone(steps.zone()).toLocalDate() : LocalDate.parse(String.valueOf(value).substring(0, 10));
    } catch (RuntimeException e) {
      throw new ProcessEngineException("Nhập ngày hẹn trả kết quả mới (dd/mm/yyyy).");
    }
    LocalDate today = DossierService.now().atZone(steps.zone()).toLocalDate();
    if (!date.isAfter(today) || !steps.calendar.isWorkingDay(date)) {
      throw new ProcessEngineException("Ngày hẹn mới phải là một ngày làm việc sau hôm nay.");
    }
    Dossier dossier = steps.dossier(task.getExecution());
    if (dossier.getApologyIssuedAt() != null) {
      throw new ProcessEngineException("Hồ sơ đã được hẹn lại một lần; không hẹn lại lần thứ hai.");
    }
    task.setVariable(DossierVariables.NEW_APPOINTMENT_AT,
        Date.from(date.atTime(steps.calendar.properties().endOfWorkingDay()).atZone(steps.zone()).toInstant()));
    task.setVariable(DossierVariables.APOLOGY_BY, steps.service.actor());
  }
}
