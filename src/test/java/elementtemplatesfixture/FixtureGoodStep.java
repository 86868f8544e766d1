package elementtemplatesfixture;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A bean of ElementTemplatesTest's fixture (src/test/resources/element-templates-fixture). Outside
 * vn.gov.commune on purpose: the application never scans it.
 */
@Component("fixtureGoodStep")
public class FixtureGoodStep implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {}
}
