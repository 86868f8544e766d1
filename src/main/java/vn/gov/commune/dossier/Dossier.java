package vn.gov.commune.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.NaturalId;

/**
 * One application for one administrative procedure (hồ sơ TTHC). Its status changes only through
 * {@link DossierService}, which writes each change to the append-only {@link DossierHistoryEntry} log.
 */
@Entity
@Table(
    name = "dossier",
    uniqueConstraints = {
      @UniqueConstraint(name = "uk_dossier_code", columnNames = "code"),
      @UniqueConstraint(name = "uk_dossier_idempotency", columnNames = {"submitted_by", "idempotency_key"})
    },
    indexes = {
      @Index(name = "ix_dossier_receiving", columnList = "receiving_commune_id"),
      @Index(name = "ix_dossier_competent", columnList = "competent_commune_id"),
      @Index(name = "ix_dossier_competent_received", columnList = "competent_commune_id, received_at"),
      @Index(name = "ix_dossier_competent_processed", columnList = "competent_commune_id, processed_at"),
      @Index(name = "ix_dossier_competent_rated", columnList = "competent_commune_id, rated_at"),
      // the province-wide report (V12)
      @Index(name = "ix_dossier_received_at", columnList = "received_at"),
      @Index(name = "ix_dossier_rated_at", columnList = "rated_at"),
      // the report's queries answered from the index alone (V15, V16, DossierFigures)
      @Index(name = "ix_dossier_report_received",
          columnList = "competent_commune_id, procedure_code, procedure_name, received_at, channel, service_level, reused"),
      @Index(name = "ix_dossier_report_processed",
          columnList = "competent_commune_id, procedure_code, procedure_name, processed_at, original_appointment_at, appointment_at,"
              + " result_type, result_delivered_at"),
      @Index(name = "ix_dossier_report_rated",
          columnList = "competent_commune_id, procedure_code, procedure_name, rated_at, rating, rating_channel"),
      @Index(name = "ix_dossier_report_open",
          columnList = "processed_at, stopped_at, received_at, competent_commune_id, procedure_code, procedure_name,"
              + " original_appointment_at, appointment_at"),
      @Index(name = "ix_dossier_report_stopped",
          columnList = "stopped_at, received_at, competent_commune_id, procedure_code, procedure_name"),
      @Index(name = "ix_dossier_report_status",
          columnList = "status, competent_commune_id, received_at, processed_at, stopped_at, original_appointment_at, appointment_at,"
              + " procedure_code")
    })
public class Dossier {

  /** How a dossier ended up, once decided. */
  public enum ResultType {
    APPROVED,
    REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long rowVersion;

  /** {receiving agency e-ID}-{YYMMDD}-{NNNN} (TT 03/2025/TT-VPCP art. 13); never changes (natural id). */
  @NaturalId
  @Column(nullable = false, updatable = false, length = 40)
  private String code;

  @Column(nullable = false, updatable = false, length = 40)
  private String procedureCode;

  @Column(nullable = false, updatable = false)
  private int procedureVersion;

  @Column(nullable = false, updatable = false, length = 300)
  private String procedureName;

  @Column(name = "receiving_commune_id", nullable = false, updatable = false, length = 64)
  private String receivingCommuneId;

  @Column(name = "competent_commune_id", nullable = false, length = 64)
  private String competentCommuneId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private Channel channel;

  @Column(nullable = false, length = 32)
  private String serviceLevel;

  /** Corrected at receipt when the clerk finds it mistyped (step correctPersonalId). */
  @Column(nullable = false, length = 12)
  private String applicantPersonalId;

  @Column(nullable = false, length = 200)
  private String applicantName;

  @Column(length = 20)
  private String applicantPhone;

  @Column(length = 200)
  private String applicantEmail;

  @Column(length = 500)
  private String applicantAddress;

  /** The application's own data (form fields), as the citizen or clerk entered it, JSON. */
  @Lob
  @Column(columnDefinition = "TEXT")
  private String applicationData;

  /** Differences between the application and the population database, one per line; null if none. */
  @Column(length = 2000)
  private String populationMismatches;

  @Column(nullable = false)
  private int copies = 1;

  @Column(nullable = false)
  private int pages = 1;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DossierStatus status;

  /** Increases with every status change; DVCQG orders status syncs by it. */
  @Column(nullable = false)
  private int statusSequence;

  @Column(nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "submitted_by", nullable = false, updatable = false, length = 64)
  private String submittedBy;

  @Column(name = "idempotency_key", updatable = false, length = 100)
  private String idempotencyKey;

  /** SHA-256 of the request the idempotency key was first used for (application JSON and files). */
  @Column(updatable = false, length = 64)
  private String requestFingerprint;

  private Instant receivedAt;
  /** The date the citizen is told now: set at receipt, moved by a supplement and by an apology. */
  private Instant appointmentAt;
  /**
   * The appointment before the apology moved it (null without an apology): together with
   * {@link #appointmentAt} the deadline a dossier is measured against ({@link #getDueAt()}).
   */
  private Instant originalAppointmentAt;
  private Instant processedAt;
  private Instant returnedAt;
  private Instant stoppedAt;

  @Column(nullable = false)
  private boolean verificationRequired;

  @Column(nullable = false)
  private long fee;

  @Column(length = 64)
  private String paymentId;

  private Instant paidAt;

  @Column(nullable = false)
  private int supplementRounds;

  private Instant supplementRequestedAt;

  @Column(length = 2000)
  private String supplementRequest;

  private Instant supplementedAt;

  @Column(length = 2000)
  private String apologyReason;

  private Instant apologyIssuedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private ResultType resultType;

  @Column(length = 2000)
  private String resultSummary;

  @Column(length = 64)
  private String resultSignatureId;

  /** When the signed electronic result reached the citizen's data store; null while the result is on paper only. */
  private Instant resultDeliveredAt;

  /**
   * Whether one of the dossier's components was taken from a national database or the citizen's data
   * store (data entered once): kept by {@link ComponentRepository} when a component is saved or removed,
   * never written through the entity (V16).
   */
  @Column(name = "reused", insertable = false, updatable = false)
  private boolean reused;

  private Integer rating;

  @Column(length = 1000)
  private String ratingComment;

  private Instant ratedAt;

  /** Where the rating was given: ONLINE through the portal, COUNTER recorded by the clerk for the citizen. */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Channel ratingChannel;

  @Column(length = 64)
  private String processInstanceId;

  protected Dossier() {}

  Dossier(
      String code,
      String procedureCode,
      int procedureVersion,
      String procedureName,
      String receivingCommuneId,
      String competentCommuneId,
      Channel channel,
      String serviceLevel,
      String applicantPersonalId,
      String applicantName,
      Instant submittedAt,
      String submittedBy,
      String idempotencyKey) {
    this.code = code;
    this.procedureCode = procedureCode;
    this.procedureVersion = procedureVersion;
    this.procedureName = procedureName;
    this.receivingCommuneId = receivingCommuneId;
    this.competentCommuneId = competentCommuneId;
    this.channel = channel;
    this.serviceLevel = serviceLevel;
    this.applicantPersonalId = applicantPersonalId;
    this.applicantName = applicantName;
    this.submittedAt = submittedAt;
    this.submittedBy = submittedBy;
    this.idempotencyKey = idempotencyKey;
    this.status = DossierStatus.REGISTERED;
  }

  /** Whether users of {@code communeId} may see this dossier: the receiving and the competent commune. */
  public boolean concerns(String communeId) {
    return receivingCommuneId.equals(communeId) || competentCommuneId.equals(communeId);
  }

  void moveTo(DossierStatus next) {
    this.status = next;
    this.statusSequence++;
  }

  // Accessors. Setters are package-private: only DossierService and the process steps change a dossier.

  public Long getId() { return id; }
  public String getCode() { return code; }
  public String getProcedureCode() { return procedureCode; }
  public int getProcedureVersion() { return procedureVersion; }
  public String getProcedureName() { return procedureName; }
  public String getReceivingCommuneId() { return receivingCommuneId; }
  public String getCompetentCommuneId() { return competentCommuneId; }
  public Channel getChannel() { return channel; }
  public String getServiceLevel() { return serviceLevel; }
  public String getApplicantPersonalId() { return applicantPersonalId; }
  public String getApplicantName() { return applicantName; }
  public String getApplicantPhone() { return applicantPhone; }
  public String getApplicantEmail() { return applicantEmail; }
  public String getApplicantAddress() { return applicantAddress; }
  public String getApplicationData() { return applicationData; }
  public String getPopulationMismatches() { return populationMismatches; }
  public int getCopies() { return copies; }
  public int getPages() { return pages; }
  public DossierStatus getStatus() { return status; }
  public int getStatusSequence() { return statusSequence; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getSubmittedBy() { return submittedBy; }
  public String getRequestFingerprint() { return requestFingerprint; }
  public Instant getReceivedAt() { return receivedAt; }
  public Instant getAppointmentAt() { return appointmentAt; }
  public Instant getOriginalAppointmentAt() { return originalAppointmentAt; }

  /**
   * The deadline the dossier is measured against (on time, overdue): the appointment given at receipt
   * (or after a supplement), never the later date of an apology. Same definition as {@link DossierFigures}.
   */
  public Instant getDueAt() { return originalAppointmentAt != null ? originalAppointmentAt : appointmentAt; }
  public Instant getProcessedAt() { return processedAt; }
  public Instant getReturnedAt() { return returnedAt; }
  public Instant getStoppedAt() { return stoppedAt; }
  public boolean isVerificationRequired() { return verificationRequired; }
  public long getFee() { return fee; }
  public String getPaymentId() { return paymentId; }
  public Instant getPaidAt() { return paidAt; }
  public int getSupplementRounds() { return supplementRounds; }
  public Instant getSupplementRequestedAt() { return supplementRequestedAt; }
  public String getSupplementRequest() { return supplementRequest; }
  public Instant getSupplementedAt() { return supplementedAt; }
  public String getApologyReason() { return apologyReason; }
  public Instant getApologyIssuedAt() { return apologyIssuedAt; }
  public ResultType getResultType() { return resultType; }
  public String getResultSummary() { return resultSummary; }
  public String getResultSignatureId() { return resultSignatureId; }
  public Instant getResultDeliveredAt() { return resultDeliveredAt; }
  public boolean isReused() { return reused; }
  public Integer getRating() { return rating; }
  public Instant getRatedAt() { return ratedAt; }
  public Channel getRatingChannel() { return ratingChannel; }
  public String getRatingComment() { return ratingComment; }
  public String getProcessInstanceId() { return processInstanceId; }

  public void setCompetentCommuneId(String v) { this.competentCommuneId = v; }
  public void setServiceLevel(String v) { this.serviceLevel = v; }
  public void setRequestFingerprint(String v) { this.requestFingerprint = v; }
  public void setApplicantPhone(String v) { this.applicantPhone = v; }
  public void setApplicantEmail(String v) { this.applicantEmail = v; }
  public void setApplicantAddress(String v) { this.applicantAddress = v; }
  public void setApplicationData(String v) { this.applicationData = v; }
  public void setApplicantPersonalId(String v) { this.applicantPersonalId = v; }
  public void setPopulationMismatches(String v) { this.populationMismatches = v; }
  public void setCopies(int v) { this.copies = v; }
  public void setPages(int v) { this.pages = v; }
  public void setReceivedAt(Instant v) { this.receivedAt = v; }
  public void setAppointmentAt(Instant v) { this.appointmentAt = v; }
  public void setOriginalAppointmentAt(Instant v) { this.originalAppointmentAt = v; }
  public void setProcessedAt(Instant v) { this.processedAt = v; }
  public void setReturnedAt(Instant v) { this.returnedAt = v; }
  public void setStoppedAt(Instant v) { this.stoppedAt = v; }
  public void setVerificationRequired(boolean v) { this.verificationRequired = v; }
  public void setFee(long v) { this.fee = v; }
  public void setPaymentId(String v) { this.paymentId = v; }
  public void setPaidAt(Instant v) { this.paidAt = v; }
  public void setSupplementRounds(int v) { this.supplementRounds = v; }
  public void setSupplementRequestedAt(Instant v) { this.supplementRequestedAt = v; }
  public void setSupplementRequest(String v) { this.supplementRequest = v; }
  public void setSupplementedAt(Instant v) { this.supplementedAt = v; }
  public void setApologyReason(String v) { this.apologyReason = v; }
  public void setApologyIssuedAt(Instant v) { this.apologyIssuedAt = v; }
  public void setResultType(ResultType v) { this.resultType = v; }
  public void setResultSummary(String v) { this.resultSummary = v; }
  public void setResultSignatureId(String v) { this.resultSignatureId = v; }
  public void setResultDeliveredAt(Instant v) { this.resultDeliveredAt = v; }
  public void setRating(Integer v) { this.rating = v; }
  public void setRatedAt(Instant v) { this.ratedAt = v; }
  public void setRatingChannel(Channel v) { this.ratingChannel = v; }
  public void setRatingComment(String v) { this.ratingComment = v; }
  public void setProcessInstanceId(String v) { this.processInstanceId = v; }
}
