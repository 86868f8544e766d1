package vn.gov.commune.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start listener of the start events only the product may trigger (dossier-processing, the status
 * sync, the supplement, plan review and plan tasks, a dossier submitted through the portal), wired
 * in the models as {@code <camunda:executionListener delegateExpression="${systemStartOnly}" event="start"/>}.
 *
 * <p>The product starts them as the system ({@link SystemCalls#asSystem}), the job executor acts
 * without a user, and a call activity starts them from a process already running. A start asked by a
 * person (an authenticated user: Tasklist, engine REST, anything else) is refused, whatever the
 * person's authorizations, and nothing of it remains.
 */
@Component("systemStartOnly")
public class SystemStartOnly implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getSuperExecution() != null) {
      return;
    }
    Authentication authentication = Context.getCommandContext().getAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      throw new AuthorizationException(
          "Quy trình này chỉ do hệ thống khởi tạo; người dùng '" + authentication.getUserId() + "' không được khởi tạo.");
    }
  }
}
