package vn.gov.commune.dossier;

/**
 * The process variables of processes/dossier.bpmn, dossier-supplement.bpmn and
 * dossier-status-sync.bpmn, in one place: the models, the forms and the steps use these names.
 * Types are given in each comment.
 */
public final class DossierVariables {

  private DossierVariables() {}

  // ---- set when the instance starts (DossierIntake.processVariables) ---------------------------
  /** String: the tenant (commune) the instance works for. */
  public static final String COMMUNE_ID = "communeId";
  /** String: the dossier code, also the business key. */
  public static final String DOSSIER_CODE = "dossierCode";
  /** String. */
  public static final String PROCEDURE_CODE = "procedureCode";
  /** String. */
  public static final String PROCEDURE_NAME = "procedureName";
  /** String. */
  public static final String RECEIVING_COMMUNE_ID = "receivingCommuneId";
  /** String. */
  public static final String COMPETENT_COMMUNE_ID = "competentCommuneId";
  /** Boolean: receiving and competent commune differ. */
  public static final String CROSS_COMMUNE = "crossCommune";
  /** String: {@link Channel} name. */
  public static final String CHANNEL = "channel";
  /** String: the channel's Vietnamese label. */
  public static final String CHANNEL_NAME = "channelName";
  /** String. */
  public static final String APPLICANT_NAME = "applicantName";
  /** String. */
  public static final String APPLICANT_PERSONAL_ID = "applicantPersonalId";
  /** String. */
  public static final String APPLICANT_PHONE = "applicantPhone";
  /** String. */
  public static final String APPLICANT_ADDRESS = "applicantAddress";
  /** String: shown in forms only; candidate groups never come from variables. */
  public static final String PROCESSING_GROUP = "processingGroup";
  /** String: shown in forms only; candidate groups never come from variables. */
  public static final String APPROVER_GROUP = "approverGroup";
  /** Integer: working days the citizen has to supplement (timer of dossier-supplement). */
  public static final String SUPPLEMENT_WITHIN_WORKING_DAYS = "supplementWithinWorkingDays";
  /** Integer: working days the citizen has to pay (payment timer). */
  public static final String PAYMENT_WITHIN_WORKING_DAYS = "paymentWithinWorkingDays";

  // ---- counter start form ---------------------------------------------------------------------
  /** Integer (counter start form). */
  public static final String COPIES = "copies";
  /** Integer (counter start form). */
  public static final String PAGES = "pages";

  // ---- population look-up ---------------------------------------------------------------------
  /** Boolean. */
  public static final String POPULATION_FOUND = "populationFound";
  /** String. */
  public static final String CITIZEN_FULL_NAME = "citizenFullName";
  /** String dd/mm/yyyy. */
  public static final String CITIZEN_DATE_OF_BIRTH = "citizenDateOfBirth";
  /** String. */
  public static final String CITIZEN_GENDER = "citizenGender";
  /** String. */
  public static final String CITIZEN_PERMANENT_ADDRESS = "citizenPermanentAddress";
  /** Boolean. */
  public static final String POPULATION_MISMATCH = "populationMismatch";
  /** String. */
  public static final String POPULATION_MISMATCHES = "populationMismatches";
  /** String: citizen's marital status in the population database. */
  public static final String CITIZEN_MARITAL_STATUS = "citizenMaritalStatus";
  /** String: what the national databases gave (source, person, time, data), one block per person and database. */
  public static final String NATIONAL_DATA_SUMMARY = "nationalDataSummary";
  /** String: databases not found or unreachable and what the clerk must do instead; "" when none. */
  public static final String NATIONAL_DATA_PROBLEMS = "nationalDataProblems";
  /** String: declaration fields filled from the national databases, one per line; "" when none. */
  public static final String NATIONAL_DATA_FILLED = "nationalDataFilled";
  /** String: one line per component. */
  public static final String COMPONENTS_SUMMARY = "componentsSummary";

  // ---- routing decision -----------------------------------------------------------------------
  /** Map: the single result of the routing DMN, removed once applied. */
  public static final String ROUTING = "routing";
  /** Boolean. */
  public static final String VERIFICATION_REQUIRED = "verificationRequired";
  /** String: agencies the routing decision names ("" when none). */
  public static final String CONSULTATION_AGENCIES = "consultationAgencies";

  // ---- receipt --------------------------------------------------------------------------------
  /** String: accept | supplement | refuse | correctId. */
  public static final String RECEIPT_DECISION = "receiptDecision";
  /** String: ID of the other party of a marriage (counter start form; application data field of the same name). */
  public static final String SPOUSE_PERSONAL_ID = "spousePersonalId";
  /** String: ID of the child, when the child has one (counter start form; application data field of the same name). */
  public static final String CHILD_PERSONAL_ID = "childPersonalId";
  /** String: the applicant's personal ID as the clerk corrected it (decision correctId), spaces allowed. */
  public static final String CORRECTED_PERSONAL_ID = "correctedPersonalId";
  /** String. */
  public static final String REFUSAL_REASON = "refusalReason";
  /** Long: fee in đồng. */
  public static final String FEE = "fee";
  /** String. */
  public static final String FEE_TEXT = "feeText";
  /** Boolean. */
  public static final String FEE_VIA_PLATFORM = "feeViaPlatform";
  /** String: JSON list of {code, name}, "" when none. */
  public static final String PAPER_COMPONENTS = "paperComponents";
  /** Boolean. */
  public static final String HAS_PAPER_COMPONENTS = "hasPaperComponents";
  /** Date: the appointment (overdue timer). */
  public static final String APPOINTMENT_AT = "appointmentAt";
  /** String. */
  public static final String APPOINTMENT_TEXT = "appointmentText";
  /** Date: deadline warning timer. */
  public static final String WARNING_AT = "warningAt";
  /** File: the scan of paper component {code}. */
  public static final String SCAN_PREFIX = "scan_";
  /** String: id in the citizen's data store standing in for paper component {code}. */
  public static final String STORE_PREFIX = "store_";
  /** String: set by PaymentConfirmed. */
  public static final String PAYMENT_ID = "paymentId";
  /** String: where the citizen pays (the payment platform's link), set by requestPayment. */
  public static final String PAYMENT_URL = "paymentUrl";
  /** Date: the payment deadline told to the citizen (the payment-overdue timer's due date), set by requestPayment. */
  public static final String PAYMENT_DUE_AT = "paymentDueAt";

  // ---- supplementation ------------------------------------------------------------------------
  /** String: RECEIPT | REVIEW. */
  public static final String SUPPLEMENT_STAGE = "supplementStage";
  /** String. */
  public static final String MISSING_COMPONENTS = "missingComponents";
  /** String: SUPPLEMENTED | TIMED_OUT. */
  public static final String SUPPLEMENT_OUTCOME = "supplementOutcome";
  /** String: set by SupplementSubmitted. */
  public static final String SUPPLEMENT_NOTE = "supplementNote";

  // ---- endings --------------------------------------------------------------------------------
  /** String input of the stop step (its template chooses the reason). */
  public static final String STOP_REASON = "stopReason";
  /** String: set by WithdrawalRequested. */
  public static final String WITHDRAWAL_REASON = "withdrawalReason";
  /** String: APPROVED | REFUSED | SUPPLEMENT_TIMED_OUT, told by ProcessingFinished. */
  public static final String PROCESSING_OUTCOME = "processingOutcome";
  /** String: told by ProcessingFinished. */
  public static final String REVIEW_NOTE = "reviewNote";

  // ---- deadlines, apology ---------------------------------------------------------------------
  /** String. */
  public static final String ORIGINAL_APPOINTMENT = "originalAppointment";
  /** Date or ISO string (apology form). */
  public static final String NEW_APPOINTMENT_DATE = "newAppointmentDate";
  /** Date: end of the working day of NEW_APPOINTMENT_DATE. */
  public static final String NEW_APPOINTMENT_AT = "newAppointmentAt";
  /** String. */
  public static final String APOLOGY_REASON = "apologyReason";
  /** String: user id of who prepared the apology. */
  public static final String APOLOGY_BY = "apologyBy";

  // ---- dossier-status-sync --------------------------------------------------------------------
  /** Integer: the dossier's status sequence (idempotency key {code}:status:{sequence}). */
  public static final String STATUS_SEQUENCE = "statusSequence";
  /** Long: id of the dossier history entry (action STATUS) with the status, its time and its note. */
  public static final String STATUS_ENTRY_ID = "statusEntryId";
}
