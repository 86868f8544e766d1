package vn.gov.commune.plan.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import vn.gov.commune.integration.DashboardClient;
import vn.gov.commune.integration.DashboardReceipt;
import vn.gov.commune.integration.DashboardSnapshot;
import vn.gov.commune.plan.DashboardPushVariables;

/**
 * Sends the snapshot taken by {@link TakeDashboardSnapshot} to the provincial steering dashboard, key
 * {@code {commune}:{period}:{version}}. Runs as an async job: a failure is retried (1, 5, 15 minutes),
 * then becomes an incident whose message names the dashboard in Vietnamese.
 */
@Component("pushDashboardSnapshot")
public class PushDashboardSnapshot implements JavaDelegate {

  private final DashboardClient dashboard;
  private final ObjectMapper json;

  public PushDashboardSnapshot(DashboardClient dashboard, ObjectMapper json) {
    this.dashboard = dashboard;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    JsonValue stored = execution.getVariableTyped(DashboardPushVariables.SNAPSHOT, false);
    DashboardSnapshot snapshot = json.readValue(stored.getValueSerialized(), DashboardSnapshot.class);
    DashboardReceipt receipt = dashboard.push(snapshot);
    execution.setVariable(DashboardPushVariables.RECEIVED_AT, Date.from(receipt.receivedAt()));
  }
}
