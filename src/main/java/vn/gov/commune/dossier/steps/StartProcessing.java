package vn.gov.commune.dossier.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.organisation.CommuneRepository;

/** First step in the competent commune: the dossier is being processed. */
@Component("startProcessing")
public class StartProcessing implements JavaDelegate {

  private final StepSupport steps;
  private final CommuneRepository communes;

  public StartProcessing(StepSupport steps, CommuneRepository communes) {
    this.steps = steps;
    this.communes = communes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dossier dossier = steps.dossier(execution, DossierStatus.RECEIVED, DossierStatus.PAYMENT_REQUESTED);
    String commune = communes.findById(dossier.getCompetentCommuneId()).map(c -> c.getName()).orElse(dossier.getCompetentCommuneId());
    steps.service.changeStatus(dossier, DossierStatus.PROCESSING, execution.getCurrentActivityId(), "Chuyển hồ sơ đến " + commune + " giải quyết.", null);
  }
}
