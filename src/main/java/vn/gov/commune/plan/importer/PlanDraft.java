package vn.gov.commune.plan.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * What the importer read from a plan document, for a person to review and correct before the tasks
 * start. Every field may be null (or empty) where the document did not say it; {@code warnings}
 * tells the reviewer, in Vietnamese, what could not be read with confidence.
 *
 * @param number the plan's number and symbol, e.g. "07-KH/ĐU" or "125/KH-UBND"
 * @param title the plan's title (trích yếu), e.g. "Kế hoạch chuyển đổi số năm 2025"
 * @param issuingBody the body that issued it, e.g. "Ủy ban nhân dân xã Sa Thầy"
 * @param issuedOn the date of issue
 * @param parentPlans numbers of the plans it implements (căn cứ), e.g. "02-KH/BCĐTW"
 * @param reporting the reporting rule of the plan
 * @param tasks the tasks, in document order
 * @param warnings what the reviewer should look at
 * @param objectives the measurable objectives of the "Mục tiêu"/"Chỉ tiêu" part, proposed as the
 *     plan's indicators (read by {@link ObjectiveReader}); never null
 */
public record PlanDraft(
    String number,
    String title,
    String issuingBody,
    LocalDate issuedOn,
    List<String> parentPlans,
    ReportingRule reporting,
    List<TaskDraft> tasks,
    List<String> warnings,
    List<ObjectiveDraft> objectives) {

  public PlanDraft {
    objectives = objectives == null ? List.of() : List.copyOf(objectives);
  }

  /** A draft without objectives (the text parser's answer; {@link ObjectiveReader} adds them). */
  public PlanDraft(
      String number, String title, String issuingBody, LocalDate issuedOn, List<String> parentPlans, ReportingRule reporting,
      List<TaskDraft> tasks, List<String> warnings) {
    this(number, title, issuingBody, issuedOn, parentPlans, reporting, tasks, warnings, List.of());
  }

  /** The same draft with these objectives. */
  public PlanDraft withObjectives(List<ObjectiveDraft> found) {
    return new PlanDraft(number, title, issuingBody, issuedOn, parentPlans, reporting, tasks, warnings, found);
  }

  /**
   * One task (rõ việc, rõ thời gian, rõ trách nhiệm, rõ kết quả).
   *
   * @param section the heading the task sits under, e.g. "2. Phát triển hạ tầng số"
   * @param content what must be done
   * @param deadline the completion date, null for recurring tasks or when the text gives none
   * @param recurring true for "Nhiệm vụ thường xuyên" and the like
   * @param recurrenceEnd for bounded recurrences ("Thường xuyên trong 6 tháng cuối năm 2025"), the
   *     last day; null when unbounded (until the plan ends)
   * @param deadlineText the deadline as the document writes it, kept for the reviewer
   * @param leadUnit the lead unit (chủ trì) as named in the text
   * @param coordinatingUnits the coordinating units (phối hợp)
   * @param expectedResult the product or result (rõ kết quả), where stated
   */
  public record TaskDraft(
      String section,
      String content,
      LocalDate deadline,
      boolean recurring,
      LocalDate recurrenceEnd,
      String deadlineText,
      String leadUnit,
      List<String> coordinatingUnits,
      String expectedResult) {}

  /**
   * @param monthlyDueDay day of the month before which the periodic report is due ("trước ngày 13
   *     hàng tháng" → 13), null if none
   * @param finalReportDue due date of the final summary report, null if none
   * @param text the sentence the rule was read from
   */
  public record ReportingRule(Integer monthlyDueDay, LocalDate finalReportDue, String text) {}
}
