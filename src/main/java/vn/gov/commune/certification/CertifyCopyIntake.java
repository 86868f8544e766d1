package vn.gov.commune.certification;

import java.time.Year;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.shared.PersonalId;

/**
 * Service task "Tính hạn trả kết quả và lệ phí" of certify-copy: the result is due the same working
 * day, or the next one when the request comes after the cut-off (15:00) or on a rest day; the fee
 * follows {@link CopyCertificationFee}. The applicant's personal ID (required by the start form) is checked like a
 * dossier's and kept without the spaces it may be typed with (as printed on the card). Bound to the task by the element template
 * element-templates/certifyCopyIntake.json ({@code vn.gov.commune.certifyCopyIntake}).
 *
 * <p>The request gets its code like every dossier of the commune ({@link RequestCodes}): the code is
 * the instance's business key and the variable {@code dossierCode} that the Tasklist card shows.
 */
@Component("certifyCopyIntake")
public class CertifyCopyIntake implements JavaDelegate {

  /** The catalogue's entry for this process (procedures.json); the catalogue depends on this package, not back. */
  static final String PROCEDURE_CODE = "2.000815";
  static final String PROCEDURE_NAME =
      "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận";

  private final WorkingDayCalendar calendar;
  private final RequestCodes codes;

  public CertifyCopyIntake(WorkingDayCalendar calendar, RequestCodes codes) {
    this.calendar = calendar;
    this.codes = codes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the signed attestation is the leader's signature's, never what the start sends
    CertifyCopyVariables.CERTIFIED_COPY.forEach(execution::removeVariable);
    int pages = positive(execution.getVariable(CertifyCopyVariables.PAGE_COUNT), "Số trang của giấy tờ");
    int copies = positive(execution.getVariable(CertifyCopyVariables.COPY_COUNT), "Số bản sao");
    Date receivedAt = ClockUtil.getCurrentTime();
    if (execution.getVariable(CertifyCopyVariables.APPLICANT_PERSONAL_ID) instanceof String typed) {
      String personalId = PersonalId.normalise(typed);
      String idProblem = PersonalId.problem(personalId, Year.from(receivedAt.toInstant().atZone(calendar.properties().zone())));
      if (idProblem != null) {
        throw new ProcessEngineException(idProblem);
      }
      execution.setVariable(CertifyCopyVariables.APPLICANT_PERSONAL_ID, personalId);
    }
    execution.setVariable(CertifyCopyVariables.RECEIVED_AT, receivedAt);
    execution.setVariable(CertifyCopyVariables.DUE_DATE, Date.from(calendar.deadline(receivedAt.toInstant(), 0)));
    execution.setVariable(CertifyCopyVariables.FEE, CopyCertificationFee.of(pages, copies));
    execution.setVariable(CertifyCopyVariables.PROCEDURE_CODE, PROCEDURE_CODE);
    execution.setVariable(CertifyCopyVariables.PROCEDURE_NAME, PROCEDURE_NAME);
    // always the allocated code: a business key or variable sent with the start is not trusted
    String code = codes.next(execution.getTenantId(), receivedAt.toInstant());
    execution.setProcessBusinessKey(code);
    execution.setVariable(CertifyCopyVariables.REQUEST_CODE, code);
  }

  private static int positive(Object value, String label) {
    if (!(value instanceof Number number) || number.doubleValue() < 1 || number.doubleValue() != Math.floor(number.doubleValue())) {
      throw new IllegalArgumentException(label + " phải là số nguyên lớn hơn 0 (nhận được: " + value + ").");
    }
    return number.intValue();
  }
}
