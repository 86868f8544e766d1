package elementtemplatesfixture;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A fixture listener bean (see FixtureGoodStep). */
@Component("fixtureGuard")
public class FixtureGuard implements TaskListener, ExecutionListener {

  @Override
  public void notify(DelegateTask task) {}

  @Override
  public void notify(DelegateExecution execution) {}

  public void check(DelegateTask task) {}
}
