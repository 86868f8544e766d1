package vn.gov.commune.dossier.steps;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import vn.gov.commune.dossier.ProcessingVariables;

/**
 * The agencies a model may consult through LGSP (template input {@code agency} of
 * sendConsultation / recordConsultationTimeout, local variable {@code consultationSlot} of a
 * waiting consultation). The code is also the suffix of that consultation's variables
 * ({@link ProcessingVariables#forAgency}); {@code REVIEW} is the agency the reviewer chose.
 */
public final class ConsultationAgencies {

  private ConsultationAgencies() {}

  /** Code → the agency's Vietnamese name (null for REVIEW: the reviewer's choice). */
  public static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put(ProcessingVariables.REVIEWER_SLOT, null);
    NAMES.put("CONG_AN", "Công an xã/phường");
    NAMES.put("BHXH", "Bảo hiểm xã hội");
    NAMES.put("THUE", "Cơ quan thuế");
    NAMES.put("TU_PHAP", "Phòng Tư pháp");
  }

  static String check(String code) {
    if (!NAMES.containsKey(code)) {
      throw new ProcessEngineException("Cơ quan lấy ý kiến \"" + code + "\" không có trong danh sách của mẫu \"Gửi lấy ý kiến liên thông qua LGSP\".");
    }
    return code;
  }
}
