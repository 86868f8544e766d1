package vn.gov.commune.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history, without one row in ACT_HI_DETAIL for every value a variable takes (issue 15: about
 * fifty rows per dossier, each with its removal time updated when the instance ends). What audit
 * needs stays: the instances, activities, tasks, who did what (user operation log, the dossier's own
 * append-only history), job failures, incidents, decisions and each variable's last value
 * (ACT_HI_VARINST). Task form submissions (form property details) are still written. The history
 * level stays "full", so a database written before needs no change.
 *
 * <p>A status sync ({@code dossier-status-sync}, five per dossier) keeps its instance (start, end,
 * business key = dossier code), its job log and its incidents, but not its activities (start, send,
 * end: always the same path) nor its three variables: what it sent is the dossier's own history entry
 * and the portal's receipt. Six history rows fewer per sync.
 */
@Component
class HistoryWithoutVariableUpdates extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // what initHistoryEventHandler would build, with this handler in place of the default one
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new Handler());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(handlers));
  }

  /** The engine's own database handler, minus the per-update detail rows and the syncs' activities and variables. */
  static class Handler extends DbHistoryEventHandler {

    static final String STATUS_SYNC = "dossier-status-sync";

    @Override
    public void handleEvent(HistoryEvent event) {
      if (STATUS_SYNC.equals(event.getProcessDefinitionKey())
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
