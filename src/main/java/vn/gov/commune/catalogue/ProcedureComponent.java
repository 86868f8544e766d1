package vn.gov.commune.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One component of a procedure's dossier (thành phần hồ sơ). A component with a national data
 * source is not asked from the citizen: the data are fetched from that database (once-only).
 */
@Embeddable
public class ProcedureComponent {

  @Column(name = "component_code", nullable = false, length = 32)
  private String code;

  @Column(name = "component_name", nullable = false, length = 500)
  private String name;

  @Column(name = "is_required", nullable = false)
  private boolean required;

  /** e.g. "CSDL_DAN_CU" (national population database); null when the citizen provides it. */
  @Column(name = "national_data_source", length = 64)
  private String nationalDataSource;

  protected ProcedureComponent() {}

  public ProcedureComponent(String code, String name, boolean required, String nationalDataSource) {
    this.code = code;
    this.name = name;
    this.required = required;
    this.nationalDataSource = nationalDataSource;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isRequired() {
    return required;
  }

  public String getNationalDataSource() {
    return nationalDataSource;
  }

  /** Whether the citizen must hand this in (it is not replaced by national data). */
  public boolean isAskedFromCitizen() {
    return nationalDataSource == null;
  }
}
