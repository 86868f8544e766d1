package vn.gov.commune.plan.steps;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.gov.commune.plan.PlanTaskVariables;
import vn.gov.commune.plan.ProgressReport;

/** Who decides on a report: the lead unit's head, then the BCĐ office; each has its decision variable. */
enum ResultDecider {
  UNIT_HEAD("unitHead", PlanTaskVariables.UNIT_HEAD_DECISION, ProgressReport.UNIT_ACCEPTED, "Trưởng đơn vị"),
  STEERING("steering", PlanTaskVariables.STEERING_DECISION, ProgressReport.ACCEPTED, "Thường trực Ban Chỉ đạo");

  /** The value of the template input "decidedBy". */
  final String code;
  final String variable;
  final String accepted;
  final String label;

  ResultDecider(String code, String variable, String accepted, String label) {
    this.code = code;
    this.variable = variable;
    this.accepted = accepted;
    this.label = label;
  }

  static ResultDecider of(String code) {
    for (ResultDecider decider : values()) {
      if (decider.code.equals(code)) {
        return decider;
      }
    }
    throw new ProcessEngineException("Người quyết định không hợp lệ: " + code + " (chọn unitHead hoặc steering).");
  }

  /** The decision, "accept" or "return" (with a reason). */
  String requireDecision(VariableScope scope) {
    String decision = PlanStepSupport.require(scope, variable, "Chọn chấp nhận hoặc trả lại.");
    if (PlanTaskVariables.RETURN.equals(decision)) {
      PlanStepSupport.require(scope, PlanTaskVariables.RETURN_REASON, "Nhập lý do trả lại báo cáo.");
    } else if (!PlanTaskVariables.ACCEPT.equals(decision)) {
      throw new ProcessEngineException("Quyết định không hợp lệ: " + decision + ".");
    }
    return decision;
  }
}
