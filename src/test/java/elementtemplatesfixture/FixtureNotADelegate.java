package elementtemplatesfixture;

import org.springframework.stereotype.Component;

/** A fixture bean a template names but that is no JavaDelegate (see FixtureGoodStep). */
@Component("fixtureNotADelegate")
public class FixtureNotADelegate {

  public void execute() {}
}
