package vn.gov.commune.dossier;

/**
 * The process variables of processes/dossier-processing.bpmn (it starts with the dossier instance's
 * variables listed in {@link vn.gov.commune.dossier.steps.HandOverForProcessing#HANDED_OVER}, see
 * {@link DossierVariables}). Types are given in each comment.
 */
public final class ProcessingVariables {

  private ProcessingVariables() {}

  /** String: approve | refuse | supplement | consult. */
  public static final String REVIEW_DECISION = "reviewDecision";
  /** String. */
  public static final String REVIEW_NOTE = DossierVariables.REVIEW_NOTE;
  /** String: user id of the reviewer. */
  public static final String REVIEWED_BY = "reviewedBy";
  /** String: full name and position of the reviewer, shown on the approval form (set by the review's guard). */
  public static final String REVIEWED_BY_NAME = "reviewedByName";
  /** String: APPROVE | REFUSE. */
  public static final String PROPOSAL = "proposal";
  /** String: approve | return. */
  public static final String APPROVAL_DECISION = "approvalDecision";
  /** String. */
  public static final String RETURN_REASON = "returnReason";
  /** String: APPROVED | REFUSED | SUPPLEMENT_TIMED_OUT. */
  public static final String PROCESSING_OUTCOME = DossierVariables.PROCESSING_OUTCOME;
  /** String. */
  public static final String SUPPLEMENT_STAGE = DossierVariables.SUPPLEMENT_STAGE;
  /** String. */
  public static final String MISSING_COMPONENTS = DossierVariables.MISSING_COMPONENTS;
  /** String. */
  public static final String SUPPLEMENT_OUTCOME = DossierVariables.SUPPLEMENT_OUTCOME;

  // ---- consultation (LGSP) --------------------------------------------------------------------
  /** String: the agency the reviewer chose (review form). */
  public static final String CONSULTATION_AGENCY = "consultationAgency";
  /** String: the question the reviewer wrote (review form). */
  public static final String CONSULTATION_QUESTION = "consultationQuestion";
  /** Integer: how many consultations the reviewer asked for. */
  public static final String CONSULTATION_ROUND = "consultationRound";
  /**
   * Per consultation, the variables below carry the suffix of its agency slot: none for the
   * reviewer's choice ({@code consultationId}), {@code _CONG_AN} for the commune police,
   * {@code _BHXH} for social insurance etc. (see {@link #forAgency}).
   */
  public static final String CONSULTATION_ID = "consultationId";
  /** String: the answer text, or the timeout note. */
  public static final String CONSULTATION_ANSWER = "consultationAnswer";
  /** Boolean. */
  public static final String CONSULTATION_TIMED_OUT = "consultationTimedOut";
  /** Integer: the working days the agency has to answer. */
  public static final String CONSULTATION_WITHIN_WORKING_DAYS = "consultationWithinWorkingDays";
  /** String: local variable of a waiting consultation step, the agency slot it waits for. */
  public static final String CONSULTATION_SLOT = "consultationSlot";

  /** The agency slot that the reviewer chooses in the review form. */
  public static final String REVIEWER_SLOT = "REVIEW";

  /** {@code name} for the consultation of agency slot {@code slot}: unchanged for the reviewer's choice. */
  public static String forAgency(String name, String slot) {
    return slot == null || slot.isBlank() || REVIEWER_SLOT.equals(slot) ? name : name + "_" + slot;
  }
}
