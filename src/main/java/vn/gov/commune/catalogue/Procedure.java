package vn.gov.commune.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of an administrative procedure (TTHC) as the commune applies it: legal times, fee,
 * dossier components, the groups that process and approve it, and the legal texts behind it.
 * Versions are never changed once stored: a dossier keeps citing the version it was received under.
 */
@Entity(name = "ProcedureVersion")
@Table(
    name = "procedure_version",
    uniqueConstraints = @UniqueConstraint(name = "uk_procedure_version_code_no", columnNames = {"code", "procedure_version_no"}))
public class Procedure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The catalogue key; the national TTHC code (mã TTHC) where it has been checked. */
  @Column(nullable = false, length = 32)
  private String code;

  @Column(name = "procedure_version_no", nullable = false)
  private int version;

  /** The code in the national TTHC database, null where it could not be checked. */
  @Column(name = "national_code", length = 32)
  private String nationalCode;

  /** The catalogue file version this procedure version was first loaded from. */
  @Column(name = "catalogue_version", nullable = false, length = 32)
  private String catalogueVersion;

  @Column(nullable = false, length = 500)
  private String name;

  @Column(name = "field_name", nullable = false, length = 200)
  private String field;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_level", nullable = false, length = 32)
  private ServiceLevel serviceLevel;

  @Column(name = "legal_working_days", nullable = false)
  private int legalWorkingDays;

  @Column(name = "verification_working_days")
  private Integer verificationWorkingDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "supplement_clock", nullable = false, length = 16)
  private SupplementClock supplementClock;

  @Column(name = "supplement_within_days", nullable = false)
  private int supplementWithinWorkingDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "fee_rule", nullable = false, length = 16)
  private FeeRule feeRule;

  @Column(name = "fee_amount", nullable = false)
  private long feeAmount;

  @Column(name = "fee_description", nullable = false, length = 500)
  private String feeDescription;

  @Column(name = "payment_platform", nullable = false)
  private boolean paymentPlatform;

  @Column(name = "payment_within_days", nullable = false)
  private int paymentWithinWorkingDays;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "procedure_component", joinColumns = @JoinColumn(name = "procedure_version_id"))
  @OrderColumn(name = "component_order")
  private List<ProcedureComponent> components = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "procedure_consultation", joinColumns = @JoinColumn(name = "procedure_version_id"))
  @OrderColumn(name = "consultation_order")
  private List<ProcedureConsultation> consultations = new ArrayList<>();

  @Column(name = "processing_group", nullable = false, length = 64)
  private String processingGroup;

  @Column(name = "approving_group", nullable = false, length = 64)
  private String approvingGroup;

  /** The process model that reviews and approves a dossier of this procedure; null: dossier-processing. */
  @Column(name = "processing_process", length = 64)
  private String processingProcess;

  @Column(name = "legal_basis", nullable = false, length = CatalogueFile.MAX_TEXT)
  private String legalBasis;

  /** What was and was not verified about this procedure's data, and which settings are local choices. */
  @Column(name = "source_note", length = CatalogueFile.MAX_TEXT)
  private String sourceNote;

  /** SHA-256 of the catalogue entry, to notice an entry edited without a new version number. */
  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "loaded_at", nullable = false)
  private Instant loadedAt;

  protected Procedure() {}

  /** A procedure version from a checked catalogue entry. */
  static Procedure of(CatalogueFile.Entry entry, String catalogueVersion, Instant loadedAt) {
    Procedure p = new Procedure();
    p.code = entry.code();
    p.version = entry.version();
    p.nationalCode = entry.nationalCode();
    p.catalogueVersion = catalogueVersion;
    p.name = entry.name();
    p.field = entry.field();
    p.serviceLevel = entry.serviceLevel();
    p.legalWorkingDays = entry.legalWorkingDays();
    p.verificationWorkingDays = entry.verificationWorkingDays();
    p.supplementClock = entry.supplementClock();
    p.supplementWithinWorkingDays = entry.supplementWithinWorkingDays();
    p.feeRule = entry.fee().rule();
    p.feeAmount = entry.fee().amount() == null ? 0 : entry.fee().amount();
    p.feeDescription = entry.fee().description();
    p.paymentPlatform = entry.paymentPlatform();
    p.paymentWithinWorkingDays = entry.paymentWithinWorkingDays();
    for (CatalogueFile.Component c : entry.components()) {
      p.components.add(new ProcedureComponent(c.code(), c.name(), c.required(), c.nationalDataSource(), c.fileTypes(), c.nationalDataPersons()));
    }
    if (entry.consultations() != null) {
      for (CatalogueFile.Consultation c : entry.consultations()) {
        p.consultations.add(new ProcedureConsultation(c.agency(), c.withinWorkingDays(), c.purpose()));
      }
    }
    p.processingGroup = entry.processingGroup();
    p.approvingGroup = entry.approvingGroup();
    p.processingProcess = entry.processingProcess();
    p.legalBasis = entry.legalBasis();
    p.sourceNote = entry.sourceNote();
    p.contentHash = CatalogueFile.fingerprint(entry);
    p.loadedAt = loadedAt;
    return p;
  }

  /**
   * The fee in đồng for a request of {@code copies} copies of a document of {@code pages} pages
   * (pages matter only for certifying copies; FIXED ignores both, FREE is always 0).
   *
   * @throws IllegalArgumentException with a Vietnamese message when copies or pages are below 1
   *     where the rule needs them
   */
  public long fee(int copies, int pages) {
    return feeRule.apply(feeAmount, copies, pages);
  }

  /** Whether any fee can be due (the rule is not FREE). */
  public boolean hasFee() {
    return feeRule != FeeRule.FREE;
  }

  /** Whether the procedure is due the same working day (15:00 cut-off rule). */
  public boolean isSameDay() {
    return legalWorkingDays == 0;
  }

  Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public int getVersion() {
    return version;
  }

  public String getNationalCode() {
    return nationalCode;
  }

  public String getCatalogueVersion() {
    return catalogueVersion;
  }

  public String getName() {
    return name;
  }

  public String getField() {
    return field;
  }

  public ServiceLevel getServiceLevel() {
    return serviceLevel;
  }

  public int getLegalWorkingDays() {
    return legalWorkingDays;
  }

  public Integer getVerificationWorkingDays() {
    return verificationWorkingDays;
  }

  public SupplementClock getSupplementClock() {
    return supplementClock;
  }

  public int getSupplementWithinWorkingDays() {
    return supplementWithinWorkingDays;
  }

  public FeeRule getFeeRule() {
    return feeRule;
  }

  public long getFeeAmount() {
    return feeAmount;
  }

  public String getFeeDescription() {
    return feeDescription;
  }

  public boolean isPaymentPlatform() {
    return paymentPlatform;
  }

  public int getPaymentWithinWorkingDays() {
    return paymentWithinWorkingDays;
  }

  public List<ProcedureComponent> getComponents() {
    return List.copyOf(components);
  }

  /** The agencies the procedure's dossiers are sent to through LGSP (linked procedures), in catalogue order; empty for the others. */
  public List<ProcedureConsultation> getConsultations() {
    return List.copyOf(consultations);
  }

  /** The catalogue's consultation of this agency, if the procedure lists it. */
  public java.util.Optional<ProcedureConsultation> consultation(ConsultationAgency agency) {
    return consultations.stream().filter(c -> c.getAgency() == agency).findFirst();
  }

  public String getProcessingGroup() {
    return processingGroup;
  }

  /** The process model that reviews and approves a dossier of this procedure, or null for the default (dossier-processing). */
  public String getProcessingProcess() {
    return processingProcess;
  }

  public String getApprovingGroup() {
    return approvingGroup;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public String getSourceNote() {
    return sourceNote;
  }

  String getContentHash() {
    return contentHash;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }
}
