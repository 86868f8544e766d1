package vn.gov.commune.simulator;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.gov.commune.integration.IntegrationEndpoints;

/**
 * The simulated national services stand in for real ones only in the demo and in tests: with
 * profile {@code simulators} (or any simulator) but neither {@code demo} nor {@code test}, start-up
 * stops before anything else is created.
 */
@Component
class SimulatorProfileCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    boolean simulators =
        environment.matchesProfiles(IntegrationEndpoints.SIMULATORS_PROFILE)
            || beanFactory.getBeanNamesForType(Simulator.class, true, false).length > 0;
    if (simulators && !environment.matchesProfiles("demo | test")) {
      throw new IllegalStateException(
          "The simulated national services (profile 'simulators') may run only with profile 'demo' or 'test'; active"
              + " profiles: " + Arrays.toString(environment.getActiveProfiles()) + ". Outside the demo, remove profile"
              + " 'simulators' and set app.integration.{service}.base-url, client-id and client-secret for the real services.");
    }
  }
}
