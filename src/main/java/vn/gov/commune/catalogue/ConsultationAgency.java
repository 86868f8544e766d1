package vn.gov.commune.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The agencies a commune consults through LGSP in a linked procedure (một cửa liên thông). A
 * procedure's catalogue entry lists which of them its dossiers go to ({@code consultations}); the
 * reviewer of a dossier chooses among them, never types an agency's name. The code is also the
 * suffix of a consultation's process variables (e.g. consultationAnswer_CONG_AN).
 */
public enum ConsultationAgency {
  CONG_AN("Công an xã/phường"),
  BHXH("Bảo hiểm xã hội"),
  THUE("Cơ quan thuế"),
  TU_PHAP("Phòng Tư pháp");

  private final String label;

  ConsultationAgency(String label) {
    this.label = label;
  }

  /** The agency's Vietnamese name, as the request and the history name it. */
  public String label() {
    return label;
  }

  /** The agency with this code, empty for anything else (a name, a blank, an unknown code). */
  public static Optional<ConsultationAgency> of(String code) {
    return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
  }
}
