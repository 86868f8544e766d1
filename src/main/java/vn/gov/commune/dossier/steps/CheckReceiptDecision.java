package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.time.Year;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.shared.PersonalId;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierVariables;

/** Guard (complete listener) of the receipt task: the decision and what it needs, else the completion is refused. */
@Component("checkReceiptDecision")
public class CheckReceiptDecision implements TaskListener {

  /** The decision that corrects a mistyped applicant ID and looks the databases up again. */
  public static final String CORRECT_ID = "correctId";

  private final StepSupport steps;

  public CheckReceiptDecision(StepSupport steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = StepSupport.string(task, DossierVariables.RECEIPT_DECISION);
    Dossier dossier = steps.dossier(task.getExecution());
    switch (decision == null ? "" : decision) {
      case "accept" -> { }
      case "supplement" -> StepSupport.requireSupplementAllowed(task, dossier);
      case "refuse" -> StepSupport.require(task, DossierVariables.REFUSAL_REASON, "Nhập lý do từ chối tiếp nhận hồ sơ.");
      case CORRECT_ID -> task.setVariable(DossierVariables.CORRECTED_PERSONAL_ID, correctedId(task, dossier));
      default -> throw new ProcessEngineException(
          "Chọn một trong: tiếp nhận, yêu cầu bổ sung, từ chối tiếp nhận, sửa số định danh và tra cứu lại.");
    }
    task.setVariable(DossierVariables.SUPPLEMENT_STAGE, "RECEIPT");
  }

  /** The corrected ID without the spaces of its printed form, refused unless valid and different from the dossier's. */
  private String correctedId(DelegateTask task, Dossier dossier) {
    String corrected = PersonalId.normalise(StepSupport.string(task, DossierVariables.CORRECTED_PERSONAL_ID));
    if (corrected == null || corrected.isEmpty()) {
      throw new ProcessEngineException("Nhập số định danh cá nhân đã sửa (12 chữ số, có thể gõ cách như in trên thẻ căn cước).");
    }
    String problem = PersonalId.problem(corrected, Year.from(DossierService.now().atZone(steps.zone())));
    if (problem != null) {
      throw new ProcessEngineException(problem);
    }
    if (corrected.equals(dossier.getApplicantPersonalId())) {
      throw new ProcessEngineException("Số định danh cá nhân đã sửa trùng với số đang ghi trong hồ sơ.");
    }
    return corrected;
  }
}
