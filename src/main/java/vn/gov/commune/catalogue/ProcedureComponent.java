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

  /**
   * File types accepted for this component, short names separated by commas (e.g. "PDF,JPEG,PNG");
   * null means the default allow-list of digitisation ({@code app.digitisation.default-file-types}).
   * Names: PDF, JPEG, PNG, TIFF, DOCX, ODT, XLSX (see vn.gov.commune.digitisation.FileType).
   */
  @Column(name = "file_types", length = 100)
  private String fileTypes;

  /**
   * Whose data the national source is fetched for, roles separated by commas ("APPLICANT,SPOUSE");
   * null means the applicant only. APPLICANT always has an ID; SPOUSE and CHILD are looked up when the
   * application data carries their ID (spousePersonalId, childPersonalId).
   */
  @Column(name = "national_data_persons", length = 64)
  private String nationalDataPersons;

  protected ProcedureComponent() {}

  public ProcedureComponent(String code, String name, boolean required, String nationalDataSource) {
    this(code, name, required, nationalDataSource, null);
  }

  public ProcedureComponent(String code, String name, boolean required, String nationalDataSource, String fileTypes) {
    this(code, name, required, nationalDataSource, fileTypes, null);
  }

  public ProcedureComponent(
      String code, String name, boolean required, String nationalDataSource, String fileTypes, String nationalDataPersons) {
    this.nationalDataPersons = nationalDataPersons;
    this.code = code;
    this.name = name;
    this.required = required;
    this.nationalDataSource = nationalDataSource;
    this.fileTypes = fileTypes;
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

  /** The file types allowed for this component ("PDF,JPEG"), or null for the default allow-list. */
  public String getFileTypes() {
    return fileTypes;
  }

  /** The roles whose data the national source is fetched for ("APPLICANT,SPOUSE"); the applicant when none is set. */
  public java.util.List<String> getNationalDataPersons() {
    if (nationalDataPersons == null || nationalDataPersons.isBlank()) {
      return java.util.List.of("APPLICANT");
    }
    return java.util.Arrays.stream(nationalDataPersons.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
  }

  /** Whether the citizen must hand this in (it is not replaced by national data). */
  public boolean isAskedFromCitizen() {
    return nationalDataSource == null;
  }
}
