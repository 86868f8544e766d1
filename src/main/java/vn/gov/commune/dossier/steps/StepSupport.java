package vn.gov.commune.dossier.steps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureCatalogue;
import vn.gov.commune.catalogue.SupplementClock;
import vn.gov.commune.dossier.ComponentRepository;
import vn.gov.commune.dossier.Dossier;
import vn.gov.commune.dossier.DossierComponent;
import vn.gov.commune.dossier.DossierDocument;
import vn.gov.commune.dossier.DossierService;
import vn.gov.commune.dossier.DossierSlips;
import vn.gov.commune.dossier.DossierStatus;
import vn.gov.commune.dossier.DossierVariables;
import vn.gov.commune.documents.SlipContent;
import vn.gov.commune.documents.SlipType;

/**
 * What the dossier steps share: the dossier taken from the business key with the commune and
 * status check, the working-day deadline arithmetic, moving the deadline timers, issuing slips and
 * the idempotency key {dossier code}:{step} of the calls to national services.
 */
@Component
public class StepSupport {

  static final String DOSSIER_PROCESS = "dossier";
  /** The processing model a procedure uses unless its catalogue entry names another. */
  public static final String DEFAULT_PROCESSING_PROCESS = "dossier-processing";
  static final String ROUTING_DECISION = "dossier-routing";
  static final String REVIEW_TASK = "UserTask_ReviewDossier";
  static final String APPROVAL_TASK = "UserTask_ApproveDossier";

  final DossierService service;
  final DossierSlips slips;
  final ProcedureCatalogue catalogue;
  final ComponentRepository components;
  final WorkingDayCalendar calendar;
  final ManagementService management;
  final RuntimeService runtime;
  final HistoryService history;
  final com.fasterxml.jackson.databind.ObjectMapper json;

  public StepSupport(
      DossierService service,
      DossierSlips slips,
      ProcedureCatalogue catalogue,
      ComponentRepository components,
      WorkingDayCalendar calendar,
      ManagementService management,
      RuntimeService runtime,
      HistoryService history,
      com.fasterxml.jackson.databind.ObjectMapper json) {
    this.service = service;
    this.slips = slips;
    this.catalogue = catalogue;
    this.components = components;
    this.calendar = calendar;
    this.management = management;
    this.runtime = runtime;
    this.history = history;
    this.json = json;
  }

  // ---- the dossier ----------------------------------------------------------------------------

  /**
   * The dossier the instance works on: its business key (never a variable a person could set),
   * refused unless the dossier belongs to the instance's commune (receiving or competent) and, in
   * the receiving commune's process, this is the dossier's own instance.
   */
  Dossier dossier(DelegateExecution execution) {
    Dossier dossier = service.get(execution.getProcessBusinessKey());
    String commune = execution.getTenantId();
    boolean ownCommune = commune != null
        && (commune.equals(dossier.getReceivingCommuneId()) || commune.equals(dossier.getCompetentCommuneId()));
    boolean dossierInstance = execution.getProcessInstanceId().equals(dossier.getProcessInstanceId());
    if (!ownCommune || (isDossierProcess(execution) && !dossierInstance)) {
      throw new AuthorizationException("Hồ sơ " + dossier.getCode() + " không thuộc quy trình này của xã/phường '" + commune + "'.");
    }
    return dossier;
  }

  /** The dossier, refused unless its status allows the step. */
  Dossier dossier(DelegateExecution execution, DossierStatus... allowed) {
    Dossier dossier = dossier(execution);
    if (!Arrays.asList(allowed).contains(dossier.getStatus())) {
      throw new ProcessEngineException(
          "Hồ sơ " + dossier.getCode() + " đang ở trạng thái \"" + dossier.getStatus().label() + "\": không thực hiện được bước này.");
    }
    return dossier;
  }

  private static boolean isDossierProcess(DelegateExecution execution) {
    return execution.getProcessDefinitionId().startsWith(DOSSIER_PROCESS + ":");
  }

  Procedure procedure(Dossier dossier) {
    return catalogue.require(dossier.getProcedureCode(), dossier.getProcedureVersion());
  }

  // ---- deadlines ------------------------------------------------------------------------------

  static int legalDays(Dossier dossier, Procedure procedure) {
    return dossier.isVerificationRequired() && procedure.getVerificationWorkingDays() != null
        ? procedure.getVerificationWorkingDays()
        : procedure.getLegalWorkingDays();
  }

  void setDeadlines(DelegateExecution execution, Dossier dossier, int legalDays) {
    execution.setVariable(DossierVariables.APPOINTMENT_AT, Date.from(dossier.getAppointmentAt()));
    execution.setVariable(DossierVariables.APPOINTMENT_TEXT, slips.dateTime(dossier.getAppointmentAt()));
    execution.setVariable(DossierVariables.WARNING_AT, Date.from(warningAt(dossier.getAppointmentAt(), legalDays)));
  }

  /**
   * One working day before the appointment (same hour); for a same-day procedure, one hour before
   * the appointment, since a day's notice cannot exist.
   */
  Instant warningAt(Instant appointment, int legalDays) {
    if (legalDays == 0) {
      return appointment.minusSeconds(3600);
    }
    LocalDateTime local = LocalDateTime.ofInstant(appointment, zone());
    LocalDate day = calendar.lastWorkingDayBefore(local.toLocalDate());
    return day.atTime(local.toLocalTime()).atZone(zone()).toInstant();
  }

  /** The share (0..1) of the working days from receipt to appointment, at the end of that working day. */
  Instant share(Dossier dossier, double share) {
    Instant appointment = appointmentOf(dossier);
    if (dossier.getReceivedAt() == null) {
      return appointment;
    }
    int total = calendar.workingDaysBetween(day(dossier.getReceivedAt()), day(appointment));
    if (total == 0) {
      return appointment;
    }
    int days = Math.max(1, (int) Math.ceil(share * total));
    LocalDate due = calendar.addWorkingDays(day(dossier.getReceivedAt()), days);
    Instant at = due.atTime(calendar.properties().endOfWorkingDay()).atZone(zone()).toInstant();
    return at.isAfter(appointment) ? appointment : at;
  }

  Instant appointmentOf(Dossier dossier) {
    return dossier.getAppointmentAt() != null ? dossier.getAppointmentAt() : calendar.deadline(DossierService.now(), 0);
  }

  /** The appointment when the citizen supplements at {@code supplementedAt}: the clock restarts or resumes, per procedure. */
  Instant appointmentAfterSupplement(Dossier dossier, Procedure procedure, Instant supplementedAt) {
    if (procedure.getSupplementClock() == SupplementClock.RESTART) {
      return calendar.deadline(supplementedAt, legalDays(dossier, procedure));
    }
    int remaining = calendar.workingDaysBetween(day(dossier.getSupplementRequestedAt()), day(dossier.getAppointmentAt()));
    return calendar.deadline(supplementedAt, remaining);
  }

  /**
   * Moves the pending deadline timers of the dossier's receiving-commune instance (warning, overdue)
   * to a new appointment; a timer that has already fired stays fired.
   *
   * <p>The step may run for the competent commune's staff (a supplement asked for in review of a
   * cross-commune dossier), whose engine rights do not reach the receiving commune's instance: the
   * dossier was checked against the step's own instance ({@link #dossier(DelegateExecution)}), so
   * the receiving instance of that one dossier is updated as the system.
   */
  void moveDeadlineTimers(Dossier dossier, Instant appointment, int legalDays) {
    Date warning = Date.from(warningAt(appointment, legalDays));
    setDossierVariable(dossier, DossierVariables.WARNING_AT, warning);
    service.asSystem(() -> {
      reschedule(dossier.getProcessInstanceId(), "BoundaryEvent_Overdue", Date.from(appointment));
      reschedule(dossier.getProcessInstanceId(), "BoundaryEvent_DeadlineApproaching", warning);
      return null;
    });
  }

  /**
   * Sets a variable of the dossier's own (receiving-commune) instance from a step of either commune's
   * process, as the system (see {@link #moveDeadlineTimers}); the caller has taken the dossier through
   * {@link #dossier(DelegateExecution)}.
   */
  void setDossierVariable(Dossier dossier, String name, Object value) {
    service.asSystem(() -> {
      runtime.setVariable(dossier.getProcessInstanceId(), name, value);
      return null;
    });
  }

  private void reschedule(String processInstanceId, String activityId, Date due) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list()) {
      management.setJobDuedate(job.getId(), due);
    }
  }

  LocalDate day(Instant at) {
    return at.atZone(zone()).toLocalDate();
  }

  ZoneId zone() {
    return calendar.properties().zone();
  }

  // ---- slips, components ----------------------------------------------------------------------

  void issue(Dossier dossier, SlipType type, SlipContent content, String step) {
    service.issue(dossier, type, service.slipRenderer().render(content), step);
  }

  DossierDocument lastDocument(Dossier dossier, SlipType type) {
    return service.documents(dossier.getCode()).stream().filter(d -> d.getType() == type).reduce((a, b) -> b).orElseThrow();
  }

  /** The components, one line each: name, where it came from, the file's name (the forms' {@code componentsSummary}). */
  public String componentsSummary(Dossier dossier) {
    StringBuilder text = new StringBuilder();
    for (DossierComponent c : components.findByDossierCodeOrderById(dossier.getCode())) {
      text.append("• ").append(c.getName()).append(": ").append(c.getSource().label());
      if (c.hasFile()) {
        text.append(" (").append(c.getFileName()).append(")");
      }
      text.append('\n');
    }
    return text.toString().trim();
  }

  /** JSON list of the components still on paper ({code, name}), for the digitisation form; "" when none. */
  String paperComponents(Dossier dossier) {
    List<Map<String, String>> entries = new ArrayList<>();
    for (DossierComponent c : components.findByDossierCodeOrderById(dossier.getCode())) {
      if (c.getSource() == DossierComponent.Source.PAPER) {
        entries.add(Map.of("code", c.getComponentCode(), "name", c.getName()));
      }
    }
    try {
      return entries.isEmpty() ? "" : json.writeValueAsString(entries);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- variables, keys ------------------------------------------------------------------------

  /** The idempotency key of a national-service call: {dossier code}:{step}. */
  static String key(Dossier dossier, String step) {
    return dossier.getCode() + ":" + step;
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Number n ? n.intValue() : value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString());
  }

  /** A template input of the step ({@code camunda:inputParameter}): refused when the model leaves it out. */
  static String input(DelegateExecution execution, String name) {
    Object value = execution.getVariableLocal(name);
    if (value == null || value.toString().isBlank()) {
      throw new ProcessEngineException(
          "Mô hình thiếu tham số \"" + name + "\" của bước " + execution.getCurrentActivityId() + " (xem mẫu phần tử).");
    }
    return value.toString();
  }

  /** An optional template input, or {@code fallback}. */
  static String input(DelegateExecution execution, String name, String fallback) {
    Object value = execution.getVariableLocal(name);
    return value == null || value.toString().isBlank() ? fallback : value.toString();
  }

  static void require(DelegateTask task, String variable, String message) {
    Object value = task.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      throw new ProcessEngineException(message);
    }
  }

  static void requireSupplementAllowed(DelegateTask task, Dossier dossier) {
    require(task, DossierVariables.MISSING_COMPONENTS, "Liệt kê đầy đủ các nội dung cần bổ sung (yêu cầu một lần).");
    if (dossier.getSupplementRounds() > 0) {
      throw new ProcessEngineException("Hồ sơ đã được yêu cầu bổ sung một lần; không yêu cầu bổ sung lần thứ hai.");
    }
  }

  /** The approver group: what the routing decision chose for the dossier, else the catalogue's. */
  String approverGroup(Dossier dossier) {
    var decisions = service.asSystem(() -> history.createHistoricDecisionInstanceQuery()
        .processInstanceId(dossier.getProcessInstanceId())
        .decisionDefinitionKey(ROUTING_DECISION)
        .includeOutputs()
        .orderByEvaluationTime().desc()
        .list());
    return decisions.stream()
        .flatMap(decision -> decision.getOutputs().stream())
        .filter(output -> "approverGroup".equals(output.getVariableName()) && output.getValue() != null)
        .map(output -> output.getValue().toString())
        .findFirst()
        .orElseGet(() -> procedure(dossier).getApprovingGroup());
  }

  /** The processing model of the dossier's procedure: its catalogue field processingProcess, else dossier-processing. */
  String processingProcess(Dossier dossier) {
    String key = procedure(dossier).getProcessingProcess();
    return key == null || key.isBlank() ? DEFAULT_PROCESSING_PROCESS : key;
  }

  /** Ends the competent commune's processing when the dossier stops (withdrawal). */
  void cancelProcessing(Dossier dossier, String reason) {
    // the processing runs in the competent commune, possibly not the receiving one: as the system,
    // for this dossier's code only
    service.asSystem(() -> {
      for (var instance : runtime.createProcessInstanceQuery()
          .processDefinitionKey(processingProcess(dossier)).processInstanceBusinessKey(dossier.getCode()).list()) {
        runtime.deleteProcessInstance(instance.getId(), reason, false, true);
      }
      return null;
    });
  }
}
