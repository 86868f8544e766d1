package vn.gov.commune.dossier;

import vn.gov.commune.documents.FileStore;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureCatalogue;
import vn.gov.commune.catalogue.SupplementClock;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.engine.FourEyes;
import vn.gov.commune.integration.CitizenRecord;
import vn.gov.commune.integration.DataStoreClient;
import vn.gov.commune.integration.DvcqgClient;
import vn.gov.commune.integration.LgspClient;
import vn.gov.commune.integration.PaymentClient;
import vn.gov.commune.integration.PaymentRequest;
import vn.gov.commune.integration.PopulationClient;
import vn.gov.commune.integration.Signature;
import vn.gov.commune.integration.SigningClient;
import vn.gov.commune.integration.StatusSync;
import vn.gov.commune.integration.VneidClient;
import vn.gov.commune.organisation.CommuneRepository;
import vn.gov.commune.security.Roles;
import vn.gov.commune.shared.Hashes;

/**
 * The steps of processes/dossier*.bpmn, called by expressions such as
 * {@code ${dossierSteps.acceptDossier(execution)}}. Steps that call a national service run
 * asynchronously in the models, so a failure is retried with backoff and ends as an incident; each
 * call carries the idempotency key {dossier code}:{step}, so a retry never acts twice.
 */
@Component("dossierSteps")
public class DossierSteps {

  static final String DOSSIER_PROCESS = "dossier";
  static final String PROCESSING_PROCESS = "dossier-processing";
  static final String ROUTING_DECISION = "dossier-routing";
  static final String REVIEW_TASK = "UserTask_ReviewDossier";
  static final String APPROVAL_TASK = "UserTask_ApproveDossier";

  private final DossierService service;
  private final DossierIntake intake;
  private final DossierSlips slips;
  private final ProcedureCatalogue catalogue;
  private final ComponentRepository components;
  private final CommuneRepository communes;
  private final FileStore files;
  private final ComponentDigitisation digitisation;
  private final WorkingDayCalendar calendar;
  private final ManagementService management;
  private final org.camunda.bpm.engine.RuntimeService runtime;
  private final PopulationClient population;
  private final DvcqgClient dvcqg;
  private final PaymentClient payment;
  private final DataStoreClient dataStore;
  private final VneidClient vneid;
  private final SigningClient signing;
  private final LgspClient lgsp;
  private final double reviewShare;
  private final double approvalShare;
  private final int consultationWorkingDays;
  private final com.fasterxml.jackson.databind.ObjectMapper json;
  private final HistoryService history;
  private final FourEyes fourEyes;

  public DossierSteps(
      DossierService service,
      DossierIntake intake,
      DossierSlips slips,
      ProcedureCatalogue catalogue,
      ComponentRepository components,
      CommuneRepository communes,
      FileStore files,
      ComponentDigitisation digitisation,
      WorkingDayCalendar calendar,
      ManagementService management,
      org.camunda.bpm.engine.RuntimeService runtime,
      PopulationClient population,
      DvcqgClient dvcqg,
      PaymentClient payment,
      DataStoreClient dataStore,
      VneidClient vneid,
      SigningClient signing,
      LgspClient lgsp,
      @Value("${app.dossier.review-share:0.6}") double reviewShare,
      @Value("${app.dossier.approval-share:0.9}") double approvalShare,
      @Value("${app.dossier.consultation-working-days:5}") int consultationWorkingDays,
      com.fasterxml.jackson.databind.ObjectMapper json,
      HistoryService history,
      FourEyes fourEyes) {
    this.service = service;
    this.intake = intake;
    this.slips = slips;
    this.catalogue = catalogue;
    this.components = components;
    this.communes = communes;
    this.files = files;
    this.digitisation = digitisation;
    this.calendar = calendar;
    this.management = management;
    this.runtime = runtime;
    this.population = population;
    this.dvcqg = dvcqg;
    this.payment = payment;
    this.dataStore = dataStore;
    this.vneid = vneid;
    this.signing = signing;
    this.lgsp = lgsp;
    this.reviewShare = reviewShare;
    this.approvalShare = approvalShare;
    this.consultationWorkingDays = consultationWorkingDays;
    this.json = json;
    this.history = history;
    this.fourEyes = fourEyes;
  }

  // ---- intake ---------------------------------------------------------------------------------

  /** Counter start (Tasklist start form): registers the dossier and makes its code the business key. */
  public void registerCounterDossier(DelegateExecution execution) {
    Application application =
        new Application(
            string(execution, "procedureCode"),
            execution.getTenantId(),
            string(execution, "competentCommuneId"),
            Channel.COUNTER,
            new Application.Applicant(
                string(execution, "applicantPersonalId"),
                string(execution, "applicantName"),
                null,
                string(execution, "applicantPhone"),
                null,
                string(execution, "applicantAddress")),
            integer(execution, "copies"),
            integer(execution, "pages"),
            Map.of());
    Dossier dossier;
    try {
      dossier = intake.registerAtCounter(application, service.actor());
    } catch (vn.gov.commune.web.ApiException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
    dossier.setProcessInstanceId(execution.getProcessInstanceId());
    service.save(dossier);
    execution.setProcessBusinessKey(dossier.getCode());
    execution.setVariables(intake.processVariables(dossier));
  }

  /** Once-only: fetches what the population database holds, flags differences, overwrites nothing. */
  public void lookUpPopulation(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    CitizenRecord citizen = population.lookUp(dossier.getApplicantPersonalId(), dossier.getCode()).orElse(null);
    List<String> mismatches = new ArrayList<>();
    if (citizen == null) {
      mismatches.add("Không tìm thấy số định danh cá nhân trong CSDL quốc gia về dân cư.");
      execution.setVariable("populationFound", false);
    } else {
      execution.setVariable("populationFound", true);
      execution.setVariable("citizenFullName", citizen.fullName());
      execution.setVariable("citizenDateOfBirth", citizen.dateOfBirth() == null ? null : slipsDate(citizen.dateOfBirth()));
      execution.setVariable("citizenGender", citizen.gender());
      execution.setVariable("citizenPermanentAddress", citizen.permanentAddress());
      if (!sameName(citizen.fullName(), dossier.getApplicantName())) {
        mismatches.add(
            "Họ tên: hồ sơ ghi \"" + dossier.getApplicantName() + "\", CSDL dân cư ghi \"" + citizen.fullName() + "\".");
      }
      String declaredBirth = declaredDateOfBirth(dossier);
      if (declaredBirth != null && citizen.dateOfBirth() != null && !declaredBirth.equals(citizen.dateOfBirth().toString())) {
        mismatches.add(
            "Ngày sinh: hồ sơ ghi " + slipsDate(LocalDate.parse(declaredBirth)) + ", CSDL dân cư ghi "
                + slipsDate(citizen.dateOfBirth()) + ".");
      }
    }
    String text = mismatches.isEmpty() ? null : String.join("\n", mismatches);
    dossier.setPopulationMismatches(text);
    execution.setVariable("populationMismatch", !mismatches.isEmpty());
    execution.setVariable("populationMismatches", text == null ? "Không có sai khác." : text);
    service.save(dossier);
    service.log(
        dossier,
        "LOOKUP",
        "ServiceTask_LookUpPopulation",
        citizen == null
            ? "Tra cứu CSDL dân cư: không tìm thấy."
            : mismatches.isEmpty()
                ? "Tra cứu CSDL dân cư: thông tin khớp với hồ sơ."
                : "Tra cứu CSDL dân cư: có " + mismatches.size() + " sai khác, cần cán bộ kiểm tra.",
        text);
    execution.setVariable("componentsSummary", componentsSummary(dossier));
  }

  /** End listener of the routing decision: the DMN's single result becomes process variables. */
  public void applyRouting(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) execution.getVariable("routing");
    boolean verification = routing != null && Boolean.TRUE.equals(routing.get("verificationRequired"));
    execution.setVariable("verificationRequired", verification);
    Object agencies = routing == null ? null : routing.get("consultationAgencies");
    execution.setVariable("consultationAgencies", agencies == null ? "" : agencies.toString());
    execution.removeVariable("routing");
    Dossier dossier = dossier(execution);
    dossier.setVerificationRequired(verification);
    service.save(dossier);
  }

  /** Complete listener of the receipt task: the decision and what it needs. */
  public void checkReceiptDecision(DelegateTask task) {
    String decision = string(task, "receiptDecision");
    Dossier dossier = dossier(task.getExecution());
    switch (decision == null ? "" : decision) {
      case "accept" -> { }
      case "supplement" -> requireSupplementAllowed(task, dossier);
      case "refuse" -> require(task, "refusalReason", "Nhập lý do từ chối tiếp nhận hồ sơ.");
      default -> throw new ProcessEngineException("Chọn một trong: tiếp nhận, yêu cầu bổ sung, từ chối tiếp nhận.");
    }
    task.setVariable("supplementStage", "RECEIPT");
  }

  /** Receipt: appointment from the working-day calendar, fee, receipt slip. */
  public void acceptDossier(DelegateExecution execution) {
    Dossier dossier = dossier(execution, DossierStatus.REGISTERED);
    Procedure procedure = procedure(dossier);
    Instant now = DossierService.now();
    int days = legalDays(dossier, procedure);
    Instant appointment = calendar.deadline(now, days);
    dossier.setReceivedAt(now);
    dossier.setAppointmentAt(appointment);
    dossier.setFee(procedure.fee(dossier.getCopies(), dossier.getPages()));
    boolean viaPlatform = dossier.getFee() > 0 && procedure.isPaymentPlatform();
    if (dossier.getFee() > 0 && !viaPlatform) {
      dossier.setPaidAt(now);
    }
    service.changeStatus(
        dossier,
        DossierStatus.RECEIVED,
        "ServiceTask_AcceptDossier",
        "Tiếp nhận hồ sơ; hẹn trả kết quả " + slips.dateTime(appointment) + ".",
        null);
    issue(dossier, SlipType.RECEIPT, slips.receipt(dossier, components.findByDossierCodeOrderById(dossier.getCode()), officerName()), "ServiceTask_AcceptDossier");
    if (dossier.getFee() > 0 && !viaPlatform) {
      service.log(dossier, "PAYMENT", "ServiceTask_AcceptDossier", "Thu phí, lệ phí " + DossierSlips.money(dossier.getFee()) + " tại Bộ phận một cửa.", null);
    }
    setDeadlines(execution, dossier, days);
    execution.setVariable("fee", dossier.getFee());
    execution.setVariable("feeText", DossierSlips.money(dossier.getFee()));
    execution.setVariable("feeViaPlatform", viaPlatform);
    execution.setVariable("paperComponents", paperComponents(dossier));
    execution.setVariable("hasPaperComponents", !paperComponents(dossier).isEmpty());
  }

  public void refuseAtReceipt(DelegateExecution execution) {
    Dossier dossier = dossier(execution, DossierStatus.REGISTERED);
    String reason = string(execution, "refusalReason");
    service.changeStatus(dossier, DossierStatus.NOT_RECEIVED, "ServiceTask_RefuseAtReceipt", "Từ chối tiếp nhận hồ sơ.", reason);
    issue(dossier, SlipType.REFUSAL, slips.refusal(dossier, reason, officerName()), "ServiceTask_RefuseAtReceipt");
    dossier.setStoppedAt(DossierService.now());
    service.save(dossier);
  }

  // ---- supplementation (processes/dossier-supplement.bpmn) ------------------------------------

  public void requestSupplement(DelegateExecution execution) {
    Dossier dossier = dossier(execution, DossierStatus.REGISTERED, DossierStatus.PROCESSING);
    if (dossier.getSupplementRounds() > 0) {
      throw new ProcessEngineException("Hồ sơ đã được yêu cầu bổ sung một lần; không yêu cầu lần thứ hai.");
    }
    String missing = string(execution, "missingComponents");
    dossier.setSupplementRounds(1);
    dossier.setSupplementRequest(missing);
    dossier.setSupplementRequestedAt(DossierService.now());
    service.changeStatus(dossier, DossierStatus.SUPPLEMENT_REQUESTED, "ServiceTask_RequestSupplement", "Yêu cầu bổ sung, hoàn thiện hồ sơ.", missing);
    Procedure procedure = procedure(dossier);
    issue(
        dossier,
        SlipType.SUPPLEMENT_REQUEST,
        slips.supplementRequest(dossier, missing, procedure.getSupplementWithinWorkingDays(), officerName()),
        "ServiceTask_RequestSupplement");
    if (dossier.getAppointmentAt() != null) {
      // the clock stops while the citizen supplements: hold the deadline timers at the latest
      // appointment possible (supplement on the last allowed day); resumeClock sets the real one
      Instant lastDay = calendar.deadline(DossierService.now(), procedure.getSupplementWithinWorkingDays());
      moveDeadlineTimers(dossier, appointmentAfterSupplement(dossier, procedure, lastDay), legalDays(dossier, procedure));
    }
  }

  /** The appointment when the citizen supplements at {@code supplementedAt}: the clock restarts or resumes, per procedure. */
  private Instant appointmentAfterSupplement(Dossier dossier, Procedure procedure, Instant supplementedAt) {
    if (procedure.getSupplementClock() == SupplementClock.RESTART) {
      return calendar.deadline(supplementedAt, legalDays(dossier, procedure));
    }
    int remaining = calendar.workingDaysBetween(day(dossier.getSupplementRequestedAt()), day(dossier.getAppointmentAt()));
    return calendar.deadline(supplementedAt, remaining);
  }

  /** The citizen supplemented (files already stored by the API): the dossier goes back to where it was. */
  public void recordSupplement(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    dossier.setSupplementedAt(DossierService.now());
    boolean atReceipt = "RECEIPT".equals(string(execution, "supplementStage"));
    service.changeStatus(
        dossier,
        atReceipt ? DossierStatus.REGISTERED : DossierStatus.PROCESSING,
        "ServiceTask_RecordSupplement",
        "Công dân đã bổ sung hồ sơ.",
        string(execution, "supplementNote"));
    execution.setVariable("supplementOutcome", "SUPPLEMENTED");
    execution.setVariable("componentsSummary", componentsSummary(dossier));
  }

  public void recordSupplementTimeout(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    service.log(dossier, "TIMEOUT", "BoundaryEvent_SupplementTimeout", "Quá thời hạn bổ sung hồ sơ mà công dân chưa bổ sung.", null);
    execution.setVariable("supplementOutcome", "TIMED_OUT");
  }

  /** After a supplement during review: the clock resumes (PAUSE) or restarts (RESTART), per procedure. */
  public void resumeClock(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    Procedure procedure = procedure(dossier);
    Instant appointment = appointmentAfterSupplement(dossier, procedure, DossierService.now());
    dossier.setAppointmentAt(appointment);
    service.save(dossier);
    service.log(
        dossier,
        "APPOINTMENT",
        "ServiceTask_ResumeClock",
        (procedure.getSupplementClock() == SupplementClock.RESTART ? "Tính lại thời hạn từ đầu" : "Tiếp tục tính thời hạn")
            + " sau khi bổ sung; hẹn trả kết quả " + slips.dateTime(appointment) + ".",
        null);
    runtime.setVariable(dossier.getProcessInstanceId(), "appointmentAt", Date.from(appointment));
    runtime.setVariable(dossier.getProcessInstanceId(), "appointmentText", slips.dateTime(appointment));
    moveDeadlineTimers(dossier, appointment, legalDays(dossier, procedure));
  }

  // ---- digitisation and fee -------------------------------------------------------------------

  /**
   * Complete listener of the digitisation task: every paper component must come with its scan
   * (File variable scan_{component code}), checked by content, stored, then removed from the process.
   */
  public void storeScans(DelegateTask task) {
    Dossier dossier = dossier(task.getExecution());
    List<String> missing = new ArrayList<>();
    for (DossierComponent component : components.findByDossierCodeOrderById(dossier.getCode())) {
      if (component.getSource() != DossierComponent.Source.PAPER) {
        continue;
      }
      String variable = "scan_" + component.getComponentCode();
      FileValue scan = task.getExecution().getVariableTyped(variable);
      Object storedId = task.getExecution().getVariable("store_" + component.getComponentCode());
      if ((scan == null || scan.getValue() == null) && storedId instanceof String id && !id.isBlank()) {
        linkFromDataStore(dossier, component, id.trim());
        task.getExecution().removeVariable("store_" + component.getComponentCode());
        continue;
      }
      if (scan == null || scan.getValue() == null) {
        missing.add(component.getName());
        continue;
      }
      byte[] content;
      try (var in = scan.getValue()) {
        content = in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new ProcessEngineException("Không đọc được tệp số hóa của " + component.getName() + ".", e);
      }
      vn.gov.commune.digitisation.DigitisationService.Result digitised;
      try {
        String fileName = vn.gov.commune.web.UntrustedText.uploadedFileName(scan.getFilename(), component.getComponentCode());
        var checked = digitisation.check(
            dossier.getProcedureCode(), dossier.getProcedureVersion(), component.getComponentCode(), component.getName(), fileName, content);
        component.attach(files.store(fileName, checked.mediaType(), content), DossierComponent.Source.SCANNED, service.actor(), DossierService.now());
        components.save(component);
        digitised = digitisation.keep(dossier, component, checked, fileName, content, service.actor());
      } catch (vn.gov.commune.web.ApiException e) {
        throw new ProcessEngineException(e.getMessage(), e);
      }
      service.log(dossier, "COMPONENT", "UserTask_DigitiseComponents",
          "Số hóa thành phần: " + component.getName() + " (" + digitised.pageCount() + " trang, " + digitised.imageCount() + " ảnh"
              + (digitised.reused() ? "; dùng lại bản đã số hóa của công dân" : "")
              + (digitised.ocrDone() ? "; đã nhận dạng chữ" : "") + ").",
          null);
      task.getExecution().removeVariable(variable);
    }
    if (!missing.isEmpty()) {
      throw new ProcessEngineException("Chưa số hóa các thành phần: " + String.join("; ", missing) + ".");
    }
    task.setVariable("componentsSummary", componentsSummary(dossier));
  }

  /**
   * Once-only: a paper component the citizen's data store already holds (an electronic result of an
   * earlier dossier, named by its id in the store) is linked, not scanned again, and counted as reuse.
   */
  private void linkFromDataStore(Dossier dossier, DossierComponent component, String storedId) {
    var document = dataStore.documentsOf(dossier.getApplicantPersonalId(), dossier.getCode()).stream()
        .filter(d -> storedId.equals(d.storedId()))
        .findFirst()
        .orElseThrow(() -> new ProcessEngineException(
            "Không có giấy tờ mã \"" + storedId + "\" trong Kho dữ liệu của công dân (thành phần \"" + component.getName() + "\")."));
    var reused = digitisation.reuseFromDataStore(dossier, component, document.sha256(), service.actor())
        .orElseThrow(() -> new ProcessEngineException(
            "Giấy tờ \"" + document.title() + "\" trong Kho dữ liệu chưa có bản điện tử tại hệ thống: hãy số hóa bản giấy của thành phần \""
                + component.getName() + "\"."));
    byte[] content = digitisation.content(reused.sha256());
    component.attach(
        files.store("kho-du-lieu-" + storedId + (reused.mediaType().contains("pdf") ? ".pdf" : ".docx"), reused.mediaType(), content),
        DossierComponent.Source.DATA_STORE, service.actor(), DossierService.now());
    components.save(component);
    service.log(dossier, "COMPONENT", "UserTask_DigitiseComponents",
        "Dùng lại giấy tờ trong Kho dữ liệu của công dân cho thành phần " + component.getName() + ": " + document.title()
            + " (hồ sơ " + document.dossierCode() + "), không số hóa lại.",
        null);
  }

  public void requestPayment(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    PaymentRequest request =
        payment.requestPayment(
            dossier.getCode(), dossier.getFee(), "Phí, lệ phí " + dossier.getProcedureName(), key(dossier, "payment"));
    dossier.setPaymentId(request.paymentId());
    service.changeStatus(
        dossier,
        DossierStatus.PAYMENT_REQUESTED,
        "ServiceTask_RequestPayment",
        "Yêu cầu nộp phí, lệ phí " + DossierSlips.money(dossier.getFee()) + " qua Nền tảng thanh toán.",
        null);
  }

  public void recordPayment(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    dossier.setPaidAt(DossierService.now());
    service.save(dossier);
    service.log(dossier, "PAYMENT", "ServiceTask_RecordPayment", "Công dân đã nộp phí, lệ phí " + DossierSlips.money(dossier.getFee()) + ".", null);
  }

  // ---- processing (processes/dossier-processing.bpmn) -----------------------------------------

  public void startProcessing(DelegateExecution execution) {
    Dossier dossier = dossier(execution, DossierStatus.RECEIVED, DossierStatus.PAYMENT_REQUESTED);
    String commune = communes.findById(dossier.getCompetentCommuneId()).map(c -> c.getName()).orElse(dossier.getCompetentCommuneId());
    service.changeStatus(dossier, DossierStatus.PROCESSING, "ServiceTask_StartProcessing", "Chuyển hồ sơ đến " + commune + " giải quyết.", null);
  }

  /**
   * Starts the review and approval in the competent commune (its own tenant, so that commune's
   * staff work on it); the receiving commune's instance waits for ProcessingFinished.
   */
  public void handOverForProcessing(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    java.util.Map<String, Object> variables = new java.util.HashMap<>(execution.getVariables());
    variables.put("communeId", dossier.getCompetentCommuneId());
    service.asSystem(
        () -> runtime
            .startProcessInstanceByKey(PROCESSING_PROCESS, dossier.getCode(), variables));
  }

  /** Last step of the processing: tells the receiving commune's instance how it ended. */
  public void reportProcessingOutcome(DelegateExecution execution) {
    String outcome = string(execution, "processingOutcome");
    service.asSystem(
        () -> runtime
            .createMessageCorrelation("ProcessingFinished")
            .processInstanceId(dossier(execution).getProcessInstanceId())
            .setVariable("processingOutcome", outcome)
            .setVariable("reviewNote", string(execution, "reviewNote"))
            .correlateWithResult());
  }

  /** Ends the competent commune's processing when the dossier stops (withdrawal). */
  void cancelProcessing(Dossier dossier, String reason) {
    for (var instance : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESSING_PROCESS).processInstanceBusinessKey(dossier.getCode()).list()) {
      runtime.deleteProcessInstance(instance.getId(), reason, false, true);
    }
  }

  public void checkReviewDecision(DelegateTask task) {
    String decision = string(task, "reviewDecision");
    Dossier dossier = dossier(task.getExecution());
    switch (decision == null ? "" : decision) {
      case "approve" -> require(task, "reviewNote", "Nhập ý kiến thẩm định (nội dung kết quả đề xuất).");
      case "refuse" -> require(task, "reviewNote", "Nhập lý do đề xuất từ chối giải quyết.");
      case "supplement" -> requireSupplementAllowed(task, dossier);
      case "consult" -> {
        require(task, "consultationAgency", "Chọn cơ quan cần lấy ý kiến (liên thông).");
        require(task, "consultationQuestion", "Nhập nội dung cần lấy ý kiến.");
        Object round = task.getVariable("consultationRound");
        task.setVariable("consultationRound", round instanceof Integer r ? r + 1 : 1);
      }
      default -> throw new ProcessEngineException("Chọn một trong: đề xuất phê duyệt, đề xuất từ chối, yêu cầu bổ sung, lấy ý kiến liên thông.");
    }
    task.setVariable("supplementStage", "REVIEW");
    task.setVariable("proposal", "refuse".equals(decision) ? "REFUSE" : "APPROVE");
    task.setVariable("reviewedBy", service.actor());
    service.log(dossier, "STEP", "UserTask_ReviewDossier", "Thẩm định: " + decisionLabel(decision) + ".", string(task, "reviewNote"));
  }

  public void sendConsultation(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    String agency = string(execution, "consultationAgency");
    String consultationId =
        lgsp.sendConsultation(dossier.getCode(), agency, string(execution, "consultationQuestion"), key(dossier, "consultation-" + execution.getVariable("consultationRound")));
    execution.setVariable("consultationId", consultationId);
    execution.setVariable("consultationWithinWorkingDays", consultationWorkingDays);
    service.log(dossier, "CONSULTATION", "ServiceTask_SendConsultation", "Gửi lấy ý kiến liên thông: " + agency + ".", string(execution, "consultationQuestion"));
  }

  public void recordConsultationTimeout(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    execution.setVariable("consultationAnswer", "Quá hạn, cơ quan được hỏi chưa trả lời.");
    execution.setVariable("consultationTimedOut", true);
    service.log(dossier, "TIMEOUT", "BoundaryEvent_ConsultationTimeout", "Quá hạn lấy ý kiến liên thông: " + string(execution, "consultationAgency") + " chưa trả lời.", null);
  }

  /**
   * Complete listener of the approval: only a leader of the competent commune who did not review the
   * dossier decides (four eyes), whoever calls, through whatever API.
   */
  public void checkApprovalDecision(DelegateTask task) {
    fourEyes.requireApprover(task, REVIEW_TASK);
    String decision = string(task, "approvalDecision");
    Dossier dossier = dossier(task.getExecution(), DossierStatus.PROCESSING);
    switch (decision == null ? "" : decision) {
      case "approve" -> { }
      case "return" -> require(task, "returnReason", "Nhập lý do trả lại cho chuyên viên.");
      default -> throw new ProcessEngineException("Chọn phê duyệt (ký số) hoặc trả lại chuyên viên.");
    }
    service.log(
        dossier,
        "STEP",
        "UserTask_ApproveDossier",
        "approve".equals(decision) ? "Lãnh đạo phê duyệt, ký số." : "Lãnh đạo trả lại chuyên viên.",
        string(task, "returnReason"));
  }

  /** Renders the result (or the refusal), has it digitally signed, and marks the dossier processed. */
  public void signResult(DelegateExecution execution) {
    Dossier dossier = dossier(execution, DossierStatus.PROCESSING);
    boolean refused = "REFUSE".equals(string(execution, "proposal"));
    String note = string(execution, "reviewNote");
    String signer = fourEyes.lastCompleter(execution.getProcessInstanceId(), APPROVAL_TASK);
    if (signer == null) {
      throw new ProcessEngineException("Không xác định được lãnh đạo đã phê duyệt hồ sơ " + dossier.getCode() + ".");
    }
    var content = refused ? slips.refusal(dossier, note, signer) : slips.result(dossier, note, signer);
    byte[] document = service.slipRenderer().render(content);
    // the document's hash is part of the key: a retry that renders the same document gets the same
    // signature, one rendered anew after a crash (another date) is signed afresh, not refused as a replay
    String sha256 = Hashes.sha256Hex(document);
    Signature signature = signing.sign(dossier.getCode(), signer, sha256, key(dossier, "sign:" + sha256));
    dossier.setResultType(refused ? Dossier.ResultType.REFUSED : Dossier.ResultType.APPROVED);
    dossier.setResultSummary(note);
    dossier.setResultSignatureId(signature.signatureId());
    dossier.setProcessedAt(DossierService.now());
    service.issue(dossier, refused ? SlipType.REFUSAL : SlipType.RESULT, document, "ServiceTask_SignResult");
    service.changeStatus(
        dossier,
        DossierStatus.PROCESSED,
        "ServiceTask_SignResult",
        (refused ? "Đã ký số văn bản từ chối giải quyết" : "Đã ký số kết quả giải quyết") + " (chữ ký " + signature.signatureId() + ").",
        refused ? note : null);
    execution.setVariable("processingOutcome", refused ? "REFUSED" : "APPROVED");
  }

  // ---- result --------------------------------------------------------------------------------

  /** The signed electronic result goes to the citizen's data store and a VNeID notice is sent. */
  public void deliverResult(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    boolean approved = dossier.getResultType() == Dossier.ResultType.APPROVED;
    if (approved) {
      DossierDocument result = lastDocument(dossier, SlipType.RESULT);
      dataStore.storeResult(
          dossier.getApplicantPersonalId(), dossier.getCode(), dossier.getProcedureName(), result.getSha256(), dossier.getResultSignatureId(), key(dossier, "datastore"));
      service.log(dossier, "DELIVERY", "ServiceTask_DeliverResult", "Đã gửi kết quả điện tử vào Kho quản lý dữ liệu điện tử của công dân.", null);
      try {
        digitisation.keepResult(dossier, result.getFileName(), files.read(result.getStorageKey()));
      } catch (vn.gov.commune.digitisation.ContentRefusedException e) {
        // the result is delivered; only its later reuse is lost
        org.slf4j.LoggerFactory.getLogger(DossierSteps.class).warn("Result of dossier {} not kept for reuse: {}", dossier.getCode(), e.getMessage());
      }
    }
    vneid.notify(
        dossier.getApplicantPersonalId(),
        dossier.getCode(),
        approved ? "Đã có kết quả giải quyết hồ sơ" : "Hồ sơ không được giải quyết",
        approved
            ? "Hồ sơ " + dossier.getCode() + " (" + dossier.getProcedureName() + ") đã có kết quả điện tử trong Kho dữ liệu của bạn."
            : "Hồ sơ " + dossier.getCode() + " không được giải quyết. Lý do: " + dossier.getResultSummary(),
        key(dossier, "result-notice"));
    service.log(dossier, "DELIVERY", "ServiceTask_DeliverResult", "Đã gửi thông báo kết quả qua VNeID.", null);
  }

  public void markReturned(DelegateExecution execution) {
    Dossier dossier = dossier(execution, DossierStatus.PROCESSED);
    dossier.setReturnedAt(DossierService.now());
    service.changeStatus(
        dossier,
        DossierStatus.RESULT_RETURNED,
        "ServiceTask_MarkReturned",
        dossier.getChannel() == Channel.ONLINE ? "Đã trả kết quả điện tử." : "Đã trả kết quả tại Bộ phận một cửa.",
        null);
    issue(dossier, SlipType.PROCESS_CONTROL, slips.processControl(dossier), "ServiceTask_MarkReturned");
  }

  // ---- deadlines -----------------------------------------------------------------------------

  /** Create listener of every user task: its due date from its step's share of the legal time. */
  public void setDueDate(DelegateTask task) {
    Instant now = DossierService.now();
    Instant due =
        switch (task.getTaskDefinitionKey()) {
          case "UserTask_ReceiveDossier", "UserTask_DigitiseComponents" -> calendar.deadline(now, 0);
          case "UserTask_PrepareApology" -> calendar.deadline(now, 1);
          case "UserTask_ReviewDossier" -> share(dossier(task.getExecution()), reviewShare);
          case "UserTask_ApproveDossier" -> share(dossier(task.getExecution()), approvalShare);
          default -> appointmentOf(dossier(task.getExecution()));
        };
    task.setDueDate(Date.from(due));
    clearStaleDecisions(task);
  }

  /**
   * A task entered again (review after the leader returned it, approval after a new review) starts
   * with no decision chosen: the previous round's choice must not be submitted by accident. The
   * leader's reason stays visible to the specialist until the leader decides again.
   */
  private static void clearStaleDecisions(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case "UserTask_ReviewDossier" -> task.getExecution().setVariable("reviewDecision", null);
      case "UserTask_ApproveDossier" -> {
        task.getExecution().setVariable("approvalDecision", null);
        task.getExecution().setVariable("returnReason", null);
      }
      default -> { }
    }
  }

  public void warnDeadline(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    String message =
        "Hồ sơ " + dossier.getCode() + " (" + dossier.getProcedureName() + ") đến hạn trả kết quả lúc "
            + slips.dateTime(dossier.getAppointmentAt()) + ".";
    service.notifyGroup(dossier, dossier.getCompetentCommuneId(), procedure(dossier).getProcessingGroup(), DossierNotification.DEADLINE_WARNING, message);
    service.notifyGroup(dossier, dossier.getReceivingCommuneId(), Roles.CLERK, DossierNotification.DEADLINE_WARNING, message);
  }

  public void escalateOverdue(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    String message =
        "Hồ sơ " + dossier.getCode() + " (" + dossier.getProcedureName() + ") đã quá hạn trả kết quả ("
            + slips.dateTime(dossier.getAppointmentAt()) + "), trạng thái: " + dossier.getStatus().label() + ".";
    service.notifyGroup(dossier, dossier.getCompetentCommuneId(), approverGroup(dossier), DossierNotification.OVERDUE_ESCALATION, message);
    execution.setVariable("originalAppointment", slips.dateTime(dossier.getAppointmentAt()));
  }

  public void checkApology(DelegateTask task) {
    require(task, "apologyReason", "Nhập lý do chậm trả kết quả.");
    Object value = task.getVariable("newAppointmentDate");
    LocalDate date;
    try {
      date = value instanceof Date d ? d.toInstant().atZone(zone()).toLocalDate() : LocalDate.parse(String.valueOf(value).substring(0, 10));
    } catch (RuntimeException e) {
      throw new ProcessEngineException("Nhập ngày hẹn trả kết quả mới (dd/mm/yyyy).");
    }
    LocalDate today = DossierService.now().atZone(zone()).toLocalDate();
    if (!date.isAfter(today) || !calendar.isWorkingDay(date)) {
      throw new ProcessEngineException("Ngày hẹn mới phải là một ngày làm việc sau hôm nay.");
    }
    Dossier dossier = dossier(task.getExecution());
    if (dossier.getApologyIssuedAt() != null) {
      throw new ProcessEngineException("Hồ sơ đã được hẹn lại một lần; không hẹn lại lần thứ hai.");
    }
    task.setVariable("newAppointmentAt", Date.from(date.atTime(calendar.properties().endOfWorkingDay()).atZone(zone()).toInstant()));
    task.setVariable("apologyBy", service.actor());
  }

  /** The apology slip with the reason and the new date (once), and a VNeID notice for online dossiers. */
  public void issueApology(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    Instant newDate = ((Date) execution.getVariable("newAppointmentAt")).toInstant();
    String reason = string(execution, "apologyReason");
    if (dossier.getApologyIssuedAt() == null) {
      issue(dossier, SlipType.APOLOGY, slips.apology(dossier, reason, newDate, string(execution, "apologyBy")), "ServiceTask_IssueApology");
      dossier.setOriginalAppointmentAt(dossier.getAppointmentAt());
      dossier.setAppointmentAt(newDate);
      dossier.setApologyReason(reason);
      dossier.setApologyIssuedAt(DossierService.now());
      service.save(dossier);
      service.log(dossier, "APPOINTMENT", "ServiceTask_IssueApology", "Xin lỗi và hẹn lại ngày trả kết quả: " + slips.dateTime(newDate) + ".", reason);
    }
    if (dossier.getChannel() == Channel.ONLINE) {
      vneid.notify(
          dossier.getApplicantPersonalId(),
          dossier.getCode(),
          "Xin lỗi vì chậm trả kết quả",
          "Hồ sơ " + dossier.getCode() + " chậm trả kết quả. Lý do: " + reason + ". Hẹn lại: " + slips.dateTime(newDate) + ".",
          key(dossier, "apology-notice"));
    }
  }

  // ---- endings -------------------------------------------------------------------------------

  /** Stops a received dossier (no supplement in time, fee unpaid): status 8 and a stop notice. */
  public void stopDossier(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    String reason = string(execution, "stopReason");
    if (dossier.getStatus().isFinal()) {
      return;
    }
    DossierStatus status = dossier.getReceivedAt() == null ? DossierStatus.NOT_RECEIVED : DossierStatus.STOPPED;
    dossier.setStoppedAt(DossierService.now());
    service.changeStatus(dossier, status, "ServiceTask_StopDossier", status == DossierStatus.NOT_RECEIVED ? "Không tiếp nhận hồ sơ." : "Dừng xử lý hồ sơ.", reason);
    issue(dossier, status == DossierStatus.NOT_RECEIVED ? SlipType.REFUSAL : SlipType.STOP_NOTICE,
        status == DossierStatus.NOT_RECEIVED ? slips.refusal(dossier, reason, "") : slips.stopNotice(dossier, reason), "ServiceTask_StopDossier");
    if (status == DossierStatus.STOPPED) {
      issue(dossier, SlipType.PROCESS_CONTROL, slips.processControl(dossier), "ServiceTask_StopDossier");
    }
  }

  /** The citizen withdrew: status 7, then 8 with the stop notice. */
  public void stopOnWithdrawal(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    String reason = string(execution, "withdrawalReason");
    service.changeStatus(dossier, DossierStatus.WITHDRAWAL_REQUESTED, "StartEvent_WithdrawalRequested", "Công dân yêu cầu rút hồ sơ.", reason);
    cancelProcessing(dossier, "Công dân rút hồ sơ");
    dossier.setStoppedAt(DossierService.now());
    service.changeStatus(dossier, DossierStatus.STOPPED, "ServiceTask_StopOnWithdrawal", "Dừng xử lý hồ sơ theo yêu cầu rút hồ sơ.", reason);
    issue(dossier, SlipType.STOP_NOTICE, slips.stopNotice(dossier, "Công dân yêu cầu rút hồ sơ. " + (reason == null ? "" : reason)), "ServiceTask_StopOnWithdrawal");
  }

  // ---- DVCQG (processes/dossier-status-sync.bpmn) --------------------------------------------

  public void syncStatus(DelegateExecution execution) {
    Dossier dossier = dossier(execution);
    String code = dossier.getCode();
    String agency = communes.findById(dossier.getReceivingCommuneId()).orElseThrow().getAgencyCode();
    int sequence = (Integer) execution.getVariable("statusSequence");
    StatusSync sync =
        new StatusSync(
            code,
            agency,
            dossier.getProcedureCode(),
            (Integer) execution.getVariable("statusCode"),
            string(execution, "statusName"),
            ((Date) execution.getVariable("statusChangedAt")).toInstant(),
            sequence,
            string(execution, "statusNote"));
    dvcqg.syncStatus(sync, code + ":status:" + sequence);
  }

  // ---- candidate groups (from the catalogue and the routing decision, never from variables) ----

  /** Candidate group of the review: the catalogue's processing group of the dossier's procedure. */
  public String processingGroup(DelegateExecution execution) {
    return procedure(dossier(execution)).getProcessingGroup();
  }

  /** Candidate group of the approval: what the routing decision chose for the dossier, else the catalogue's. */
  public String approverGroup(DelegateExecution execution) {
    return approverGroup(dossier(execution));
  }

  private String approverGroup(Dossier dossier) {
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

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * The dossier the instance works on: its business key (never a variable a person could set),
   * refused unless the dossier belongs to the instance's commune (receiving or competent) and, in
   * the receiving commune's process, this is the dossier's own instance.
   */
  private Dossier dossier(DelegateExecution execution) {
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
  private Dossier dossier(DelegateExecution execution, DossierStatus... allowed) {
    Dossier dossier = dossier(execution);
    if (!java.util.Arrays.asList(allowed).contains(dossier.getStatus())) {
      throw new ProcessEngineException(
          "Hồ sơ " + dossier.getCode() + " đang ở trạng thái \"" + dossier.getStatus().label() + "\": không thực hiện được bước này.");
    }
    return dossier;
  }

  private static boolean isDossierProcess(DelegateExecution execution) {
    return execution.getProcessDefinitionId().startsWith(DOSSIER_PROCESS + ":");
  }

  private Procedure procedure(Dossier dossier) {
    return catalogue.require(dossier.getProcedureCode(), dossier.getProcedureVersion());
  }

  private static int legalDays(Dossier dossier, Procedure procedure) {
    return dossier.isVerificationRequired() && procedure.getVerificationWorkingDays() != null
        ? procedure.getVerificationWorkingDays()
        : procedure.getLegalWorkingDays();
  }

  private void setDeadlines(DelegateExecution execution, Dossier dossier, int legalDays) {
    execution.setVariable("appointmentAt", Date.from(dossier.getAppointmentAt()));
    execution.setVariable("appointmentText", slips.dateTime(dossier.getAppointmentAt()));
    execution.setVariable("warningAt", Date.from(warningAt(dossier.getAppointmentAt(), legalDays)));
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

  private Instant share(Dossier dossier, double share) {
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

  private Instant appointmentOf(Dossier dossier) {
    return dossier.getAppointmentAt() != null ? dossier.getAppointmentAt() : calendar.deadline(DossierService.now(), 0);
  }

  /**
   * Moves the pending deadline timers of the dossier's receiving-commune instance (warning, overdue)
   * to a new appointment; a timer that has already fired stays fired.
   */
  private void moveDeadlineTimers(Dossier dossier, Instant appointment, int legalDays) {
    Date warning = Date.from(warningAt(appointment, legalDays));
    runtime.setVariable(dossier.getProcessInstanceId(), "warningAt", warning);
    reschedule(dossier.getProcessInstanceId(), "BoundaryEvent_Overdue", Date.from(appointment));
    reschedule(dossier.getProcessInstanceId(), "BoundaryEvent_DeadlineApproaching", warning);
  }

  private void reschedule(String processInstanceId, String activityId, Date due) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list()) {
      management.setJobDuedate(job.getId(), due);
    }
  }

  private LocalDate day(Instant at) {
    return at.atZone(zone()).toLocalDate();
  }

  private ZoneId zone() {
    return calendar.properties().zone();
  }

  private void issue(Dossier dossier, SlipType type, vn.gov.commune.documents.SlipContent content, String step) {
    service.issue(dossier, type, service.slipRenderer().render(content), step);
  }

  private DossierDocument lastDocument(Dossier dossier, SlipType type) {
    return service.documents(dossier.getCode()).stream().filter(d -> d.getType() == type).reduce((a, b) -> b).orElseThrow();
  }

  private String officerName() {
    return service.actor();
  }

  private String componentsSummary(Dossier dossier) {
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
  private String paperComponents(Dossier dossier) {
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

  private void requireSupplementAllowed(DelegateTask task, Dossier dossier) {
    require(task, "missingComponents", "Liệt kê đầy đủ các nội dung cần bổ sung (yêu cầu một lần).");
    if (dossier.getSupplementRounds() > 0) {
      throw new ProcessEngineException("Hồ sơ đã được yêu cầu bổ sung một lần; không yêu cầu bổ sung lần thứ hai.");
    }
  }

  private static void require(DelegateTask task, String variable, String message) {
    Object value = task.getVariable(variable);
    if (value == null || value.toString().isBlank()) {
      throw new ProcessEngineException(message);
    }
  }

  private static String decisionLabel(String decision) {
    return switch (decision) {
      case "approve" -> "đề xuất phê duyệt";
      case "refuse" -> "đề xuất từ chối giải quyết";
      case "supplement" -> "yêu cầu bổ sung";
      default -> "lấy ý kiến liên thông";
    };
  }

  private static String key(Dossier dossier, String step) {
    return dossier.getCode() + ":" + step;
  }

  private static String string(org.camunda.bpm.engine.delegate.VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static Integer integer(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value instanceof Number n ? n.intValue() : value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString());
  }

  private static boolean sameName(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  private static String normalise(String name) {
    return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The date of birth the application declares (ISO), or null. */
  private String declaredDateOfBirth(Dossier dossier) {
    if (dossier.getApplicationData() == null) {
      return null;
    }
    try {
      String date = json.readTree(dossier.getApplicationData()).path("applicantDateOfBirth").asText(null);
      return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }

  private static String slipsDate(LocalDate date) {
    return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }
}
