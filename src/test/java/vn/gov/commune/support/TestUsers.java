package vn.gov.commune.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/** Users a test adds to the demo organisation. */
public final class TestUsers {

  private TestUsers() {}

  /**
   * Creates {@code userId} (its password: the id, past the password policy) in {@code groups}, unless
   * it exists; a name is written as Vietnamese names are, {@code firstName} then {@code lastName}.
   */
  public static void create(IdentityService identity, String userId, String firstName, String lastName, String... groups) {
    if (identity.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    User user = identity.newUser(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setPassword(userId);
    ((IdentityServiceImpl) identity).saveUser(user, true);
    for (String group : groups) {
      identity.createMembership(userId, group);
    }
  }
}
