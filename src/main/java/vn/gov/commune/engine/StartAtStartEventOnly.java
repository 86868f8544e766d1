package vn.gov.commune.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A person starts a process only at its start event, never "before" or "after" an activity inside
 * it (the engine's start instructions): that would skip the steps and checks the model puts first
 * (registering the dossier, comparing a copy before it is signed, the start events only the product
 * may trigger). The product's own starts carry no user and are not concerned.
 */
@Component
class StartAtStartEventOnly extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Guard(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static class Guard extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof StartProcessInstanceAtActivitiesCmd) {
        Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
          throw new AuthorizationException(
              "Người dùng '" + authentication.getUserId() + "' chỉ được khởi tạo quy trình từ sự kiện bắt đầu của quy trình.");
        }
      }
      return next.execute(command);
    }
  }
}
