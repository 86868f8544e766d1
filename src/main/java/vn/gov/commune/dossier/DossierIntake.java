package vn.gov.commune.dossier;

import vn.gov.commune.documents.FileStore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureCatalogue;
import vn.gov.commune.catalogue.ProcedureComponent;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.CommuneRepository;
import vn.gov.commune.security.Roles;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.shared.PersonalId;
import vn.gov.commune.web.UntrustedText;

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

  /** The stored application data is a TEXT column (65,535 bytes on MariaDB): 20,000 characters fit any script. */
  static final int MAX_APPLICATION_DATA = 20_000;

  private static final Logger LOG = LoggerFactory.getLogger(DossierIntake.class);
  private static final Pattern PHONE = Pattern.compile("[0-9+().\\- ]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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

  /**
   * A dossier from the portal (or a clerk's counter/post dossier through the API).
   *
   * @param fingerprint the SHA-256 of the request the {@code idempotencyKey} stands for (application
   *     JSON and files), kept with the dossier: a repeat with the key must be the same request
   */
  @Transactional
  public Dossier submit(
      Application application, List<Application.Upload> uploads, CurrentUser user, String idempotencyKey, String fingerprint) {
    if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
      throw ApiException.badRequest("Thiếu khóa chống gửi trùng (tiêu đề Idempotency-Key, tối đa 100 ký tự).");
    }
    repeated(user, idempotencyKey, fingerprint).ifPresent(answer -> {
      throw answer;
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
    Dossier dossier = newDossier(code, checked, channel, now, user.userId(), idempotencyKey, fingerprint, application);
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
    Dossier dossier = newDossier(code, checked, Channel.COUNTER, now, clerkId, null, null, application);
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
    variables.put(DossierVariables.COMMUNE_ID, dossier.getReceivingCommuneId());
    variables.put(DossierVariables.DOSSIER_CODE, dossier.getCode());
    variables.put(DossierVariables.PROCEDURE_CODE, dossier.getProcedureCode());
    variables.put(DossierVariables.PROCEDURE_NAME, dossier.getProcedureName());
    variables.put(DossierVariables.RECEIVING_COMMUNE_ID, dossier.getReceivingCommuneId());
    variables.put(DossierVariables.COMPETENT_COMMUNE_ID, dossier.getCompetentCommuneId());
    variables.put(DossierVariables.CROSS_COMMUNE, !dossier.getReceivingCommuneId().equals(dossier.getCompetentCommuneId()));
    variables.put(DossierVariables.CHANNEL, dossier.getChannel().name());
    variables.put(DossierVariables.CHANNEL_NAME, dossier.getChannel().label());
    variables.put(DossierVariables.APPLICANT_NAME, dossier.getApplicantName());
    variables.put(DossierVariables.APPLICANT_PERSONAL_ID, dossier.getApplicantPersonalId());
    variables.put(DossierVariables.APPLICANT_PHONE, dossier.getApplicantPhone());
    variables.put(DossierVariables.APPLICANT_ADDRESS, dossier.getApplicantAddress());
    variables.put(DossierVariables.PROCESSING_GROUP, procedure.getProcessingGroup());
    variables.put(DossierVariables.APPROVER_GROUP, procedure.getApprovingGroup());
    variables.put(DossierVariables.SUPPLEMENT_WITHIN_WORKING_DAYS, procedure.getSupplementWithinWorkingDays());
    variables.put(DossierVariables.PAYMENT_WITHIN_WORKING_DAYS, procedure.getPaymentWithinWorkingDays());
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
      String code, Checked checked, Channel channel, Instant now, String submittedBy, String key, String fingerprint, Application application) {
    Procedure procedure = checked.procedure();
    Application.Applicant applicant = checked.applicant();
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
            applicant.fullName(),
            now,
            submittedBy,
            key);
    dossier.setRequestFingerprint(fingerprint);
    dossier.setApplicantPhone(applicant.phone());
    dossier.setApplicantEmail(applicant.email());
    dossier.setApplicantAddress(applicant.address());
    dossier.setCopies(application.copies() == null ? 1 : application.copies());
    dossier.setPages(application.pages() == null ? 1 : application.pages());
    dossier.setApplicationData(checked.applicationData());
    return dossiers.save(dossier);
  }

  /**
   * The application after every check: its applicant's fields cleaned (trimmed, NFC) and its data
   * as the JSON that is stored.
   */
  private record Checked(Procedure procedure, Commune receiving, Commune competent, Application.Applicant applicant, String applicationData) {}

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
    // typed as printed on the card ("0010 9901 2345"): kept without the spaces
    String personalId = PersonalId.normalise(application.applicant().personalId());
    String idProblem = PersonalId.problem(personalId, Year.from(DossierService.now().atZone(calendar.properties().zone())));
    if (idProblem != null) {
      throw ApiException.badRequest(idProblem);
    }
    Application.Applicant applicant = checkedApplicant(application.applicant(), personalId);
    String applicationData = applicationData(application.data(), applicant);
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
    return new Checked(procedure, receiving, competent, applicant, applicationData);
  }

  /**
   * The applicant's free-text fields within their columns (name 200, phone 20, e-mail 200, address
   * 500 characters) and without control or invisible characters; a phone number holds digits,
   * spaces and + ( ) . - only.
   */
  private static Application.Applicant checkedApplicant(Application.Applicant applicant, String personalId) {
    String name = UntrustedText.field(applicant.fullName(), 200, "Họ và tên người nộp hồ sơ");
    if (name == null) {
      throw ApiException.badRequest("Thiếu họ và tên người nộp hồ sơ (tối đa 200 ký tự).");
    }
    String phone = UntrustedText.field(applicant.phone(), 20, "Số điện thoại");
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw ApiException.badRequest("Số điện thoại chỉ gồm chữ số, dấu cách và các ký tự + ( ) . - (tối đa 20 ký tự).");
    }
    String email = UntrustedText.field(applicant.email(), 200, "Thư điện tử");
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw ApiException.badRequest("Thư điện tử \"" + email + "\" không đúng dạng (ví dụ: ten@vidu.vn).");
    }
    String address = UntrustedText.field(applicant.address(), 500, "Địa chỉ");
    return new Application.Applicant(personalId, name, applicant.dateOfBirth(), phone, email, address);
  }

  /** The procedure's form fields as stored (JSON, at most {@value #MAX_APPLICATION_DATA} characters). */
  private String applicationData(Map<String, Object> fields, Application.Applicant applicant) {
    Map<String, Object> data = new LinkedHashMap<>(fields == null ? Map.of() : fields);
    // the other persons' IDs the national-data look-up uses: typed as on the card, kept without spaces, checked
    personId(data, DossierVariables.SPOUSE_PERSONAL_ID, "bên kết hôn còn lại");
    personId(data, DossierVariables.CHILD_PERSONAL_ID, "trẻ");
    if (applicant.dateOfBirth() != null) {
      data.put("applicantDateOfBirth", applicant.dateOfBirth().toString());
    }
    String text;
    try {
      text = json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("Dữ liệu tờ khai không hợp lệ.");
    }
    if (text.length() > MAX_APPLICATION_DATA) {
      throw ApiException.badRequest("Dữ liệu tờ khai quá lớn (tối đa " + MAX_APPLICATION_DATA + " ký tự).");
    }
    return text;
  }

  private void personId(Map<String, Object> data, String field, String whose) {
    Object value = data.get(field);
    if (value == null || value.toString().isBlank()) {
      data.remove(field);
      return;
    }
    String id = PersonalId.normalise(value.toString());
    String problem = PersonalId.problem(id, Year.from(DossierService.now().atZone(calendar.properties().zone())));
    if (problem != null) {
      throw ApiException.badRequest(problem.replace("Số định danh cá nhân", "Số định danh cá nhân của " + whose));
    }
    data.put(field, id);
  }

  /**
   * The answer to a submission whose idempotency key {@code user} has already used, if so: 409 with
   * the dossier's code for the same request, 422 for a different one. Nothing is saved either way.
   */
  public Optional<ApiException> repeated(CurrentUser user, String idempotencyKey, String fingerprint) {
    return dossiers.findBySubmittedByAndIdempotencyKey(user.userId(), idempotencyKey).map(existing -> {
      boolean same = existing.getRequestFingerprint() == null || existing.getRequestFingerprint().equals(fingerprint);
      LOG.info("Idempotency-Key {} of {} used again{}: answered with dossier {}",
          idempotencyKey, user.userId(), same ? "" : " for a different request", existing.getCode());
      return same ? new DuplicateSubmission(existing.getCode(), idempotencyKey) : new KeyReused(existing.getCode(), idempotencyKey);
    });
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
      var checked = digitisation.checkUpload(procedure.getCode(), procedure.getVersion(), component.getCode(), component.getName(), upload.fileName(), upload.content());
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

  /** A submission with an idempotency key already used for a different request: nothing is saved. */
  public static class KeyReused extends ApiException {
    KeyReused(String existingCode, String key) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "Khóa chống gửi trùng \"" + key + "\" đã được dùng cho hồ sơ " + existingCode + " với nội dung khác (tờ khai hoặc tệp khác)."
              + " Yêu cầu này không được tiếp nhận; để nộp hồ sơ mới, hãy dùng một khóa mới.");
      with("dossierCode", existingCode);
    }
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
