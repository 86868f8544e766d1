package vn.gov.commune.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureCatalogue;
import vn.gov.commune.catalogue.ProcedureComponent;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.CommuneRepository;
import vn.gov.commune.organisation.Roles;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;

/**
 * Takes a new dossier in: checks everything first (procedure, personal ID, communes, rights,
 * components, files by content), then, in one transaction, gives the code, saves the dossier, its
 * components and files, logs it, and starts the {@value #PROCESS} process with the code as business
 * key. Any failure rolls all of it back, files included.
 */
@Service
public class DossierIntake {

  public static final String PROCESS = "dossier";
  public static final String SUBMITTED_MESSAGE = "DossierSubmitted";

  private final ProcedureCatalogue catalogue;
  private final CommuneRepository communes;
  private final DossierCodeAllocator codes;
  private final DossierRepository dossiers;
  private final ComponentRepository components;
  private final FileStore files;
  private final ComponentDigitisation digitisation;
  private final DossierService service;
  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;
  private final ObjectMapper json;

  public DossierIntake(
      ProcedureCatalogue catalogue,
      CommuneRepository communes,
      DossierCodeAllocator codes,
      DossierRepository dossiers,
      ComponentRepository components,
      FileStore files,
      ComponentDigitisation digitisation,
      DossierService service,
      RuntimeService runtime,
      WorkingDayCalendar calendar,
      ObjectMapper json) {
    this.catalogue = catalogue;
    this.communes = communes;
    this.codes = codes;
    this.dossiers = dossiers;
    this.components = components;
    this.files = files;
    this.digitisation = digitisation;
    this.service = service;
    this.runtime = runtime;
    this.calendar = calendar;
    this.json = json;
  }

  /** A dossier from the portal (or a clerk's counter/post dossier through the API). */
  @Transactional
  public Dossier submit(Application application, List<Application.Upload> uploads, CurrentUser user, String idempotencyKey) {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
      throw ApiException.badRequest("Thiếu khóa chống gửi trùng (tiêu đề Idempotency-Key, tối đa 100 ký tự).");
    }
    dossiers
        .findBySubmittedByAndIdempotencyKey(user.userId(), idempotencyKey)
        .ifPresent(
            existing -> {
              throw new DuplicateSubmission(existing.getCode(), idempotencyKey);
            });
    Channel channel = application.channel() == null ? Channel.ONLINE : application.channel();
    boolean portal = user.groupIds().contains(Roles.PORTAL);
    if (portal && channel != Channel.ONLINE) {
      throw ApiException.badRequest("Cổng Dịch vụ công chỉ nộp hồ sơ trực tuyến.");
    }
    if (!portal) { // a clerk (ApiRoleRules)
      if (channel == Channel.ONLINE) {
        throw ApiException.badRequest("Cán bộ một cửa chỉ tiếp nhận hồ sơ trực tiếp hoặc qua bưu chính.");
      }
      user.requireCommune(application.receivingCommuneId());
    }
    Checked checked = check(application);
    Map<String, CheckedUpload> byComponent = checkUploads(checked.procedure(), uploads, channel);

    Instant now = DossierService.now();
    String code = codes.next(checked.receiving().getAgencyCode(), now, calendar.properties().zone());
    Dossier dossier = newDossier(code, checked, channel, now, user.userId(), idempotencyKey, application);
    for (ProcedureComponent component : checked.procedure().getComponents()) {
      CheckedUpload upload = byComponent.get(component.getCode());
      DossierComponent.Source source =
          !component.isAskedFromCitizen() ? DossierComponent.Source.NATIONAL_DATA
              : upload != null ? DossierComponent.Source.ONLINE : DossierComponent.Source.PAPER;
      if (upload == null && source == DossierComponent.Source.PAPER && !component.isRequired()) {
        continue;
      }
      DossierComponent entry = new DossierComponent(code, component.getCode(), component.getName(), source, user.userId(), now);
      if (upload != null) {
        Application.Upload file = upload.upload();
        entry.attach(files.store(file.fileName(), upload.checked().mediaType(), file.content()), source, user.userId(), now);
      }
      components.save(entry);
      if (upload != null) {
        digitisation.keep(dossier, entry, upload.checked(), upload.upload().fileName(), upload.upload().content(), user.userId());
      }
    }
    service.changeStatus(dossier, DossierStatus.REGISTERED, null, "Hồ sơ mới đăng ký (" + channel.label() + ").", null);
    return start(dossier, checked);
  }

  /**
   * A dossier a clerk registers at the counter from the Tasklist start form: the papers are scanned
   * later (số hóa). Called by the process's first step, inside the engine's transaction.
   */
  public Dossier registerAtCounter(Application application, String clerkId) {
    Checked checked = check(application);
    Instant now = DossierService.now();
    String code = codes.next(checked.receiving().getAgencyCode(), now, calendar.properties().zone());
    Dossier dossier = newDossier(code, checked, Channel.COUNTER, now, clerkId, null, application);
    for (ProcedureComponent component : checked.procedure().getComponents()) {
      if (component.isAskedFromCitizen() && !component.isRequired()) {
        continue;
      }
      components.save(
          new DossierComponent(
              code,
              component.getCode(),
              component.getName(),
              component.isAskedFromCitizen() ? DossierComponent.Source.PAPER : DossierComponent.Source.NATIONAL_DATA,
              clerkId,
              now));
    }
    service.changeStatus(
        dossier, DossierStatus.REGISTERED, "StartEvent_CounterSubmission", "Hồ sơ mới đăng ký (" + Channel.COUNTER.label() + ").", null);
    return dossier;
  }

  /** The process variables every dossier instance starts with. */
  public Map<String, Object> processVariables(Dossier dossier) {
    Procedure procedure = catalogue.require(dossier.getProcedureCode(), dossier.getProcedureVersion());
    Map<String, Object> variables = new HashMap<>();
    variables.put("communeId", dossier.getReceivingCommuneId());
    variables.put("dossierCode", dossier.getCode());
    variables.put("procedureCode", dossier.getProcedureCode());
    variables.put("procedureName", dossier.getProcedureName());
    variables.put("receivingCommuneId", dossier.getReceivingCommuneId());
    variables.put("competentCommuneId", dossier.getCompetentCommuneId());
    variables.put("crossCommune", !dossier.getReceivingCommuneId().equals(dossier.getCompetentCommuneId()));
    variables.put("channel", dossier.getChannel().name());
    variables.put("channelName", dossier.getChannel().label());
    variables.put("applicantName", dossier.getApplicantName());
    variables.put("applicantPersonalId", dossier.getApplicantPersonalId());
    variables.put("applicantPhone", dossier.getApplicantPhone());
    variables.put("applicantAddress", dossier.getApplicantAddress());
    variables.put("processingGroup", procedure.getProcessingGroup());
    variables.put("approverGroup", procedure.getApprovingGroup());
    variables.put("supplementWithinWorkingDays", procedure.getSupplementWithinWorkingDays());
    variables.put("paymentWithinWorkingDays", procedure.getPaymentWithinWorkingDays());
    return variables;
  }

  private Dossier start(Dossier dossier, Checked checked) {
    Map<String, Object> variables = processVariables(dossier);
    ProcessInstance instance =
        service.asSystem(
            () ->
                runtime
                    .createMessageCorrelation(SUBMITTED_MESSAGE)
                    .processInstanceBusinessKey(dossier.getCode())
                    .setVariables(variables)
                    .correlateStartMessage());
    dossier.setProcessInstanceId(instance.getId());
    return service.save(dossier);
  }

  private Dossier newDossier(
      String code, Checked checked, Channel channel, Instant now, String submittedBy, String key, Application application) {
    Procedure procedure = checked.procedure();
    Application.Applicant applicant = application.applicant();
    Dossier dossier =
        new Dossier(
            code,
            procedure.getCode(),
            procedure.getVersion(),
            procedure.getName(),
            checked.receiving().getId(),
            checked.competent().getId(),
            channel,
            procedure.getServiceLevel().name(),
            applicant.personalId(),
            applicant.fullName().trim(),
            now,
            submittedBy,
            key);
    dossier.setApplicantPhone(applicant.phone());
    dossier.setApplicantEmail(applicant.email());
    dossier.setApplicantAddress(applicant.address());
    dossier.setCopies(application.copies() == null ? 1 : application.copies());
    dossier.setPages(application.pages() == null ? 1 : application.pages());
    Map<String, Object> data = new LinkedHashMap<>(application.data() == null ? Map.of() : application.data());
    if (applicant.dateOfBirth() != null) {
      data.put("applicantDateOfBirth", applicant.dateOfBirth().toString());
    }
    try {
      dossier.setApplicationData(json.writeValueAsString(data));
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("Dữ liệu tờ khai không hợp lệ.");
    }
    return dossiers.save(dossier);
  }

  private record Checked(Procedure procedure, Commune receiving, Commune competent) {}

  private Checked check(Application application) {
    if (application == null || application.applicant() == null) {
      throw ApiException.badRequest("Thiếu thông tin người nộp hồ sơ.");
    }
    Procedure procedure =
        application.procedureCode() == null
            ? null
            : catalogue.current(application.procedureCode()).orElse(null);
    if (procedure == null) {
      throw ApiException.badRequest("Thủ tục hành chính \"" + application.procedureCode() + "\" không có trong danh mục.");
    }
    String idProblem = PersonalId.problem(application.applicant().personalId(), Year.from(DossierService.now().atZone(calendar.properties().zone())));
    if (idProblem != null) {
      throw ApiException.badRequest(idProblem);
    }
    String name = application.applicant().fullName();
    if (name == null || name.isBlank() || name.length() > 200) {
      throw ApiException.badRequest("Thiếu họ và tên người nộp hồ sơ (tối đa 200 ký tự).");
    }
    if (application.copies() != null && (application.copies() < 1 || application.copies() > 1000)) {
      throw ApiException.badRequest("Số bản phải từ 1 đến 1000.");
    }
    if (application.pages() != null && (application.pages() < 1 || application.pages() > 10000)) {
      throw ApiException.badRequest("Số trang phải từ 1 đến 10000.");
    }
    Commune receiving =
        application.receivingCommuneId() == null
            ? null
            : communes.findById(application.receivingCommuneId()).orElse(null);
    if (receiving == null) {
      throw ApiException.badRequest("Không có xã/phường tiếp nhận \"" + application.receivingCommuneId() + "\".");
    }
    String competentId =
        application.competentCommuneId() == null || application.competentCommuneId().isBlank()
            ? receiving.getId()
            : application.competentCommuneId();
    Commune competent = communes.findById(competentId).orElse(null);
    if (competent == null) {
      throw ApiException.badRequest("Không có xã/phường có thẩm quyền giải quyết \"" + competentId + "\".");
    }
    if (!competent.getProvince().equals(receiving.getProvince())) {
      throw ApiException.badRequest(
          "Hồ sơ phi địa giới chỉ được tiếp nhận trong cùng tỉnh: " + receiving.getName() + " thuộc " + receiving.getProvince()
              + ", " + competent.getName() + " thuộc " + competent.getProvince() + ".");
    }
    return new Checked(procedure, receiving, competent);
  }

  private record CheckedUpload(Application.Upload upload, vn.gov.commune.digitisation.InspectedContent checked) {}

  private Map<String, CheckedUpload> checkUploads(Procedure procedure, List<Application.Upload> uploads, Channel channel) {
    Map<String, ProcedureComponent> known =
        procedure.getComponents().stream().collect(Collectors.toMap(ProcedureComponent::getCode, c -> c));
    Map<String, CheckedUpload> byComponent = new LinkedHashMap<>();
    for (Application.Upload upload : uploads) {
      ProcedureComponent component = known.get(upload.componentCode());
      if (component == null) {
        throw ApiException.badRequest(
            "Thành phần \"" + upload.componentCode() + "\" không thuộc thủ tục " + procedure.getName() + ".");
      }
      if (!component.isAskedFromCitizen()) {
        throw ApiException.badRequest(
            "Không cần nộp \"" + component.getName() + "\": dữ liệu được khai thác từ cơ sở dữ liệu quốc gia.");
      }
      if (byComponent.containsKey(upload.componentCode())) {
        throw ApiException.badRequest("Thành phần \"" + component.getName() + "\" được gửi nhiều hơn một tệp.");
      }
      var checked = digitisation.check(procedure.getCode(), procedure.getVersion(), component.getCode(), component.getName(), upload.fileName(), upload.content());
      byComponent.put(upload.componentCode(), new CheckedUpload(upload, checked));
    }
    if (channel == Channel.ONLINE) {
      List<String> missing = new ArrayList<>();
      for (ProcedureComponent component : procedure.getComponents()) {
        if (component.isRequired() && component.isAskedFromCitizen() && !byComponent.containsKey(component.getCode())) {
          missing.add(component.getName());
        }
      }
      if (!missing.isEmpty()) {
        throw ApiException.badRequest("Hồ sơ trực tuyến thiếu thành phần bắt buộc: " + String.join("; ", missing) + ".");
      }
    }
    return byComponent;
  }

  /** A second submission with an idempotency key already used: nothing new is saved. */
  public static class DuplicateSubmission extends ApiException {
    private final String existingCode;

    DuplicateSubmission(String existingCode, String key) {
      super(
          HttpStatus.CONFLICT,
          "Yêu cầu với khóa chống gửi trùng \"" + key + "\" đã được tiếp nhận trước đó: hồ sơ " + existingCode
              + ". Không tạo hồ sơ mới.");
      this.existingCode = existingCode;
      with("dossierCode", existingCode);
    }

    public String existingCode() {
      return existingCode;
    }
  }

}
