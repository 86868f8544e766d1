package vn.gov.commune.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One agency a linked procedure's dossiers are sent to through LGSP, with the working days it has
 * to answer before the consultation is recorded as timed out (catalogue field {@code consultations}).
 */
@Embeddable
public class ProcedureConsultation {

  /** A {@link ConsultationAgency} code, kept as text so that adding an agency needs no schema change. */
  @Column(name = "agency_code", nullable = false, length = 32)
  private String agencyCode;

  @Column(name = "within_working_days", nullable = false)
  private int withinWorkingDays;

  /** What the agency does for the dossier, e.g. "Xóa đăng ký thường trú". */
  @Column(name = "purpose", nullable = false, length = 300)
  private String purpose;

  protected ProcedureConsultation() {}

  public ProcedureConsultation(ConsultationAgency agency, int withinWorkingDays, String purpose) {
    this.agencyCode = agency.name();
    this.withinWorkingDays = withinWorkingDays;
    this.purpose = purpose;
  }

  public ConsultationAgency getAgency() {
    return ConsultationAgency.valueOf(agencyCode);
  }

  public int getWithinWorkingDays() {
    return withinWorkingDays;
  }

  public String getPurpose() {
    return purpose;
  }
}
