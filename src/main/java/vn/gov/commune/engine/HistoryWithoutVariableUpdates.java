package vn.gov.commune.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Full history, without one row in ACT_HI_DETAIL for every value a variable takes (issue 15: about
 * fifty rows per dossier, each with its removal time updated when the instance ends). What audit
 * needs stays: the instances, activities, tasks, who did what (user operation log, the dossier's own
 * append-only history), job failures, incidents, decisions and each variable's last value
 * (ACT_HI_VARINST). Task form submissions (form property details) are still written. The history
 * level stays "full", so a database written before needs no change.
 *
 * <p>The processes the modules declare as {@link InstanceOnlyHistory} (e.g. the dossier status sync,
 * five per dossier) keep their instances, job log and incidents, but not their activities nor their
 * variables.
 */
@Component
class HistoryWithoutVariableUpdates extends AbstractProcessEnginePlugin {

  private final ObjectProvider<InstanceOnlyHistory> instanceOnly;

  HistoryWithoutVariableUpdates(ObjectProvider<InstanceOnlyHistory> instanceOnly) {
    this.instanceOnly = instanceOnly;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // what initHistoryEventHandler would build, with this handler in place of the default one
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new Handler(instanceOnly.orderedStream().map(InstanceOnlyHistory::processDefinitionKey).collect(Collectors.toSet())));
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(handlers));
  }

  /** The engine's own database handler, minus the per-update detail rows and the instance-only processes' activities and variables. */
  static class Handler extends DbHistoryEventHandler {

    private final Set<String> instanceOnly;

    Handler(Set<String> instanceOnly) {
      this.instanceOnly = Set.copyOf(instanceOnly);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event.getProcessDefinitionKey() != null && instanceOnly.contains(event.getProcessDefinitionKey())
          && (event instanceof HistoricActivityInstanceEventEntity || event instanceof HistoricVariableUpdateEventEntity)) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
      return false;
    }
  }
}
