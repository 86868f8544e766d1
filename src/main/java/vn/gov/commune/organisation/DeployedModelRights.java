package vn.gov.commune.organisation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A model deployed while the product runs (from Camunda Modeler, through {@code /engine-rest/deployment/create})
 * gives the roles named as candidate groups of its user tasks their task rights ({@code READ_TASK},
 * {@code TASK_WORK} on the process key, {@link IdentityBootstrap#grantTaskRights}) as soon as the deployment is
 * committed, so that its first tasks show in the roles' task lists at once and not only at the next filter sync.
 *
 * <p>The interceptor sits before the engine's transaction interceptor: when the deploy command returns, its
 * transaction is committed. The rights are granted by the system (the deploying administrator's
 * authentication is set aside and restored). Deployments made while the product starts are left to
 * {@link IdentityBootstrap} and {@link TaskFilterBootstrap}, which grant the same rights when start-up ends.
 */
@Component
public class DeployedModelRights extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedModelRights.class);

  private final ObjectProvider<IdentityBootstrap> grants;
  private final ObjectProvider<IdentityService> identity;
  private volatile boolean started;

  public DeployedModelRights(ObjectProvider<IdentityBootstrap> grants, ObjectProvider<IdentityService> identity) {
    this.grants = grants;
    this.identity = identity;
  }

  @EventListener(ApplicationReadyEvent.class)
  void started() {
    started = true;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new AfterDeployment());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private class AfterDeployment extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof DeployCmd && started) {
        grantAsSystem();
      }
      return result;
    }
  }

  private void grantAsSystem() {
    IdentityService identityService = identity.getObject();
    Authentication deployer = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      grants.getObject().grantTaskRights();
    } catch (RuntimeException e) {
      // the deployment stands; the rights follow at the next filter sync
      LOG.warn("Task rights of the deployed model not granted now (granted at the next filter sync): {}", e.toString());
    } finally {
      if (deployer != null) {
        identityService.setAuthentication(deployer);
      }
    }
  }
}
