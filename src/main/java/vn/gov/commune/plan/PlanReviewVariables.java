package vn.gov.commune.plan;

/**
 * The variables of processes/plan-review.bpmn, their names and types in one place: the review form
 * (forms/plan-review.html) and the gateway's conditions use the same names.
 */
public final class PlanReviewVariables {

  private PlanReviewVariables() {
  }

  // set when the instance starts (String unless noted)
  public static final String COMMUNE_ID = "communeId";
  /** Long. */
  public static final String PLAN_ID = "planId";
  public static final String PLAN_NUMBER = "planNumber";
  public static final String PLAN_TITLE = "planTitle";
  /** ISO date (String). */
  public static final String PLAN_ENDS_ON = "planEndsOn";
  /** Json: the reader's warnings about the draft document. */
  public static final String DRAFT_WARNINGS = "draftWarnings";
  /** Json: the task list, as the review form edits it. */
  public static final String DRAFT_TASKS = "draftTasks";
  /**
   * Json: the objectives read from the document ([{sentence, targetText, target, unit, indicator,
   * confirmed}]); the reviewer confirms those that become the plan's indicators.
   */
  public static final String DRAFT_OBJECTIVES = "draftObjectives";
  /** Json, display only: the tasks of the parent plans a task may implement ([{value, label}]). */
  public static final String PARENT_TASK_CHOICES = "parentTaskChoices";

  // UserTask_ReviewDraft
  /** "issue" or "discard". */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_NOTE = "reviewNote";
  public static final String ISSUE = "issue";
  public static final String DISCARD = "discard";
}
