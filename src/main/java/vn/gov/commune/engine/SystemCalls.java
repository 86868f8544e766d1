package vn.gov.commune.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine calls made for the system once the product has checked what the caller may do (e.g. the
 * portal starting a dossier in a commune it is no member of, a plan issued into task processes):
 * the caller's engine authentication is lifted for the call and restored afterwards.
 */
public final class SystemCalls {

  private SystemCalls() {}

  public static <T> T asSystem(IdentityService identity, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return work.get();
    }
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
