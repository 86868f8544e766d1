package vn.gov.commune.plan.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.gov.commune.integration.DashboardSnapshot;
import vn.gov.commune.plan.DashboardPushVariables;
import vn.gov.commune.plan.DashboardSnapshots;

/**
 * Takes the commune's snapshot for the provincial steering dashboard once (the month's dossier figures
 * and plan progress) and keeps it in {@code dashboardSnapshot}, so that every retry of the push sends
 * exactly the same snapshot under the same idempotency key.
 */
@Component("takeDashboardSnapshot")
public class TakeDashboardSnapshot implements JavaDelegate {

  private final DashboardSnapshots snapshots;
  private final ObjectMapper json;

  public TakeDashboardSnapshot(DashboardSnapshots snapshots, ObjectMapper json) {
    this.snapshots = snapshots;
    this.json = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    DashboardSnapshot snapshot = snapshots.take(
        (String) execution.getVariable(DashboardPushVariables.COMMUNE_ID),
        (String) execution.getVariable(DashboardPushVariables.PERIOD),
        ((Number) execution.getVariable(DashboardPushVariables.VERSION)).longValue());
    execution.setVariable(DashboardPushVariables.SNAPSHOT, SpinValues.jsonValue(json.writeValueAsString(snapshot)).create());
  }
}
