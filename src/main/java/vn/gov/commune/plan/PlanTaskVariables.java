package vn.gov.commune.plan;

/**
 * The variables of processes/plan-task.bpmn, their names and types in one place: the forms
 * (forms/plan-*), the gateways' conditions and the timers of the model use the same names.
 */
public final class PlanTaskVariables {

  private PlanTaskVariables() {
  }

  // set when the instance starts (String unless noted)
  public static final String COMMUNE_ID = "communeId";
  /** Long. */
  public static final String PLAN_ID = "planId";
  /** Long. */
  public static final String PLAN_TASK_ID = "planTaskId";
  public static final String PLAN_NUMBER = "planNumber";
  public static final String TASK_CODE = "taskCode";
  public static final String TASK_CONTENT = "taskContent";
  public static final String LEAD_UNIT_CODE = "leadUnitCode";
  /** The lead unit's name, for the forms (set at issue). */
  public static final String LEAD_UNIT_NAME = "leadUnitName";
  /** Boolean. */
  public static final String RECURRING = "recurring";
  public static final String EXPECTED_RESULT = "expectedResult";
  public static final String DEADLINE_TEXT = "deadlineText";

  /**
   * Json [{label, value}]: the lead unit's members, set when the instance starts, the options of the
   * officer select of form-plan-assign ({@code valuesKey}); checkAssignment checks the choice again.
   */
  public static final String OFFICER_CHOICES = "officerChoices";

  // UserTask_AssignOfficer (form-plan-assign)
  public static final String OFFICER_ID = "officerId";
  /** The officer's full name and position, for the forms (set with the officer, never from a form). */
  public static final String OFFICER_NAME = "officerName";
  public static final String ASSIGN_NOTE = "assignNote";

  // ServiceTask_OpenPeriod: the period, its deadline and the reminder timers' dates
  /** "KET-QUA" for a one-off task, "yyyy-MM" for a monthly report. */
  public static final String PERIOD = "period";
  /** The period of a one-off task's single result. */
  public static final String RESULT_PERIOD = "KET-QUA";
  public static final String PERIOD_LABEL = "periodLabel";
  /** The period's due day as people read it, dd/MM/yyyy (String): forms, reminders, escalations. */
  public static final String DEADLINE_DAY = "deadlineDay";
  /** Date: BoundaryEvent_Overdue and the officer's task due date. */
  public static final String DEADLINE_AT = "deadlineAt";
  /** The working days before the deadline that have a reminder timer (BoundaryEvent_Reminder7/3/1). */
  public static final int[] REMINDER_DAYS = {7, 3, 1};

  /** Date: the timer of the reminder {@code workingDaysBefore} working days before the deadline (reminder7At, …). */
  public static String reminderAt(int workingDaysBefore) {
    return "reminder" + workingDaysBefore + "At";
  }

  // UserTask_SubmitResult (forms/plan-submit-result.html)
  public static final String RESULT_TEXT = "resultText";
  /** File variables evidence_1, evidence_2, …; removed once stored. */
  public static final String EVIDENCE_PREFIX = "evidence_";
  /** Long, set by ServiceTask_SaveResult. */
  public static final String REPORT_ID = "reportId";
  /** Set by ServiceTask_UpdateIndicator. */
  public static final String INDICATOR_TEXT = "indicatorText";

  // UserTask_ReviewResult, UserTask_ConfirmResult
  /** "accept" or "return". */
  public static final String UNIT_HEAD_DECISION = "unitHeadDecision";
  /** "accept" or "return". */
  public static final String STEERING_DECISION = "steeringDecision";
  public static final String RETURN_REASON = "returnReason";
  public static final String DECISION_NOTE = "decisionNote";
  public static final String ACCEPT = "accept";
  public static final String RETURN = "return";

  // ServiceTask_ClosePeriod, ServiceTask_CompleteTask
  /** Boolean. */
  public static final String MORE_PERIODS = "morePeriods";
  /** TaskStatus name. */
  public static final String TASK_OUTCOME = "taskOutcome";

  // SubProcess_Extension: set by the message correlation, then form-plan-approve-extension
  /** ISO date (String), read by ExtendTaskDeadline. */
  public static final String REQUESTED_DEADLINE = "requestedDeadline";
  /** The requested deadline as people read it, dd/MM/yyyy (String), shown on the approval form. */
  public static final String REQUESTED_DEADLINE_TEXT = "requestedDeadlineText";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
  /** "approve" or "refuse". */
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String EXTENSION_REFUSAL_REASON = "extensionRefusalReason";
  public static final String APPROVE = "approve";
  public static final String REFUSE = "refuse";
}
