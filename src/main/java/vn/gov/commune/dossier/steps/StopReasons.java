package vn.gov.commune.dossier.steps;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;

/** The reasons a model may give its stop step (template input {@code stopReason} of stopDossier). */
public final class StopReasons {

  private StopReasons() {}

  /** Code (the template's Dropdown value) → the text on the stop notice and in the history. */
  public static final Map<String, String> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put("SUPPLEMENT_TIMEOUT", "Quá thời hạn bổ sung hồ sơ mà công dân không bổ sung.");
    TEXTS.put("PAYMENT_TIMEOUT", "Quá thời hạn nộp phí, lệ phí mà công dân chưa nộp.");
    TEXTS.put("CONSULTATION_REFUSED", "Cơ quan được lấy ý kiến liên thông không đồng ý giải quyết.");
    TEXTS.put("NOT_ELIGIBLE", "Hồ sơ không đủ điều kiện giải quyết theo quy định.");
  }

  static String text(String code) {
    String text = TEXTS.get(code);
    if (text == null) {
      throw new ProcessEngineException("Lý do dừng xử lý \"" + code + "\" không có trong danh sách của mẫu \"Dừng xử lý hồ sơ\".");
    }
    return text;
  }
}
