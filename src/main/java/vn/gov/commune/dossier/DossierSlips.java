package vn.gov.commune.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.documents.SlipContent;
import vn.gov.commune.documents.SlipContent.Field;
import vn.gov.commune.documents.SlipContent.Table;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.engine.SystemCalls;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.CommuneRepository;
import vn.gov.commune.organisation.StaffDirectory;

/** What each slip says about a dossier (the wording of the forms annexed to TT 03/2025/TT-VPCP, shortened). */
@Component
public class DossierSlips {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút'");

  private final CommuneRepository communes;
  private final HistoryService historyService;
  private final IdentityService identity;
  private final StaffDirectory staff;
  private final ZoneId zone;

  public DossierSlips(
      CommuneRepository communes, HistoryService historyService, IdentityService identity, WorkingDayCalendar calendar, StaffDirectory staff) {
    this.communes = communes;
    this.historyService = historyService;
    this.identity = identity;
    this.staff = staff;
    this.zone = calendar.properties().zone();
  }

  public String dateTime(Instant at) {
    if (at == null) {
      return "";
    }
    ZonedDateTime local = at.atZone(zone);
    return TIME.format(local) + ", ngày " + DATE.format(local);
  }

  public String date(Instant at) {
    return at == null ? "" : DATE.format(at.atZone(zone));
  }

  public SlipContent receipt(Dossier dossier, List<DossierComponent> components, String receiverName) {
    List<List<String>> rows = new ArrayList<>();
    int i = 1;
    for (DossierComponent c : components) {
      rows.add(List.of(String.valueOf(i++), c.getName(), c.getSource().label()));
    }
    return content(
        dossier,
        SlipType.RECEIPT,
        List.of(
            new Field("Tiếp nhận hồ sơ của", dossier.getApplicantName()),
            new Field("Thủ tục hành chính", dossier.getProcedureName()),
            new Field("Hình thức nộp", dossier.getChannel().label()),
            new Field("Thời gian tiếp nhận", dateTime(dossier.getReceivedAt())),
            new Field("Thời gian hẹn trả kết quả", dateTime(dossier.getAppointmentAt())),
            new Field("Lệ phí", money(dossier.getFee()))),
        List.of(
            "Kết quả điện tử được gửi vào Kho quản lý dữ liệu điện tử của công dân và thông báo qua ứng dụng VNeID;"
                + " tra cứu tình trạng hồ sơ trên Cổng Dịch vụ công quốc gia bằng mã hồ sơ."),
        new Table(List.of("STT", "Thành phần hồ sơ", "Hình thức"), rows),
        "NGƯỜI TIẾP NHẬN",
        receiverName);
  }

  public SlipContent supplementRequest(Dossier dossier, String missing, int withinWorkingDays, String officerName) {
    return content(
        dossier,
        SlipType.SUPPLEMENT_REQUEST,
        List.of(
            new Field("Kính gửi", dossier.getApplicantName()),
            new Field("Thủ tục hành chính", dossier.getProcedureName()),
            new Field("Ngày nộp hồ sơ", dateTime(dossier.getSubmittedAt()))),
        List.of(
            "Hồ sơ của Ông/Bà cần được bổ sung, hoàn thiện các nội dung sau (yêu cầu một lần, đầy đủ):",
            missing,
            "Đề nghị Ông/Bà bổ sung trong thời hạn " + withinWorkingDays
                + " ngày làm việc qua Cổng Dịch vụ công quốc gia hoặc tại Bộ phận một cửa; quá thời hạn này hồ sơ sẽ"
                + " dừng xử lý. Thời gian bổ sung không tính vào thời hạn giải quyết."),
        null,
        "NGƯỜI HƯỚNG DẪN",
        officerName);
  }

  public SlipContent refusal(Dossier dossier, String reason, String officerName) {
    return content(
        dossier,
        SlipType.REFUSAL,
        List.of(
            new Field("Kính gửi", dossier.getApplicantName()),
            new Field("Thủ tục hành chính", dossier.getProcedureName()),
            new Field("Ngày nộp hồ sơ", dateTime(dossier.getSubmittedAt()))),
        List.of("Cơ quan giải quyết từ chối tiếp nhận, giải quyết hồ sơ của Ông/Bà với lý do:", reason,
            "Xin thông báo để Ông/Bà được biết và thực hiện."),
        null,
        "NGƯỜI TỪ CHỐI",
        officerName);
  }

  public SlipContent apology(Dossier dossier, String reason, Instant newAppointment, String officerName) {
    return content(
        dossier,
        SlipType.APOLOGY,
        List.of(
            new Field("Kính gửi", dossier.getApplicantName()),
            new Field("Thủ tục hành chính", dossier.getProcedureName()),
            new Field("Thời gian hẹn trả kết quả", dateTime(dossier.getAppointmentAt())),
            new Field("Thời gian hẹn lại", dateTime(newAppointment))),
        List.of(
            "Hồ sơ của Ông/Bà đã quá thời hạn giải quyết theo quy định. Lý do:",
            reason,
            "Cơ quan giải quyết xin lỗi Ông/Bà vì sự chậm trễ này và hẹn lại thời gian trả kết quả như trên."),
        null,
        "THỦ TRƯỞNG CƠ QUAN",
        officerName);
  }

  public SlipContent stopNotice(Dossier dossier, String reason) {
    return content(
        dossier,
        SlipType.STOP_NOTICE,
        List.of(
            new Field("Kính gửi", dossier.getApplicantName()),
            new Field("Thủ tục hành chính", dossier.getProcedureName()),
            new Field("Ngày nộp hồ sơ", dateTime(dossier.getSubmittedAt()))),
        List.of("Cơ quan giải quyết dừng xử lý hồ sơ của Ông/Bà với lý do:", reason),
        null,
        "BỘ PHẬN MỘT CỬA",
        "");
  }

  /** The result as signed: {@code signer} is the approving leader's login id. */
  public SlipContent result(Dossier dossier, String summary, String signer) {
    return result(dossier, summary, signer, DossierService.now(), false);
  }

  /**
   * The draft of the result a leader reads before signing: the same text under the heading line
   * "DỰ THẢO – CHƯA KÝ SỐ", not marked as digitally signed.
   */
  public SlipContent draftResult(Dossier dossier, String summary, String signer) {
    return result(dossier, summary, signer, DossierService.now(), true);
  }

  private SlipContent result(Dossier dossier, String summary, String signer, Instant at, boolean draft) {
    Signer by = signer(signer);
    return new SlipContent(
        SlipType.RESULT,
        issuingBody(dossier.getCompetentCommuneId(), false),
        placeAndDate(dossier.getCompetentCommuneId(), at),
        dossier.getCode(),
        List.of(
            new Field("Công dân", dossier.getApplicantName()),
            new Field("Thủ tục hành chính", dossier.getProcedureName())),
        List.of(summary),
        null,
        by.title("TM. ỦY BAN NHÂN DÂN"),
        by.name(),
        !draft,
        draft ? "DỰ THẢO – CHƯA KÝ SỐ" : null);
  }

  /**
   * The title of the paper a procedure gives as its result, by procedure code (the extract, the
   * certificate, the certified copy…); procedures not listed get {@link #GENERIC_RESULT_TITLE}.
   */
  static final java.util.Map<String, String> RESULT_TITLES = java.util.Map.of(
      "1.001193", "TRÍCH LỤC KHAI SINH",
      "1.000894", "GIẤY CHỨNG NHẬN KẾT HÔN",
      "1.004873", "GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN",
      "2.000635", "BẢN SAO TRÍCH LỤC HỘ TỊCH",
      "2.000815", "BẢN SAO ĐƯỢC CHỨNG THỰC TỪ BẢN CHÍNH",
      "1.000656", "TRÍCH LỤC KHAI TỬ",
      "LT-KS-TT-BHYT", "TRÍCH LỤC KHAI SINH",
      "LT-KT-TT-MT", "TRÍCH LỤC KHAI TỬ");

  static final String GENERIC_RESULT_TITLE = "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

  /** The title of the result paper of a procedure. */
  public static String resultTitle(String procedureCode) {
    return RESULT_TITLES.getOrDefault(procedureCode == null ? "" : procedureCode, GENERIC_RESULT_TITLE);
  }

  /**
   * The electronic result as signed (a PDF): the procedure's own title, its number (the dossier code
   * with "/KQ", or "/TC" for a refusal) and date, the decision, and the signer's full name and
   * position from the staff directory. A refusal is titled as the refusal slip.
   */
  public vn.gov.commune.documents.ResultPaper resultPaper(Dossier dossier, String decision, String signerId, boolean refused, Instant at) {
    Signer by = signer(signerId);
    String commune = communeName(dossier.getCompetentCommuneId());
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Họ và tên người yêu cầu", dossier.getApplicantName()));
    fields.add(new Field("Mã hồ sơ", dossier.getCode()));
    fields.add(new Field("Ngày nộp hồ sơ", dateTime(dossier.getSubmittedAt())));
    fields.add(new Field("Ngày ký", dateTime(at)));
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(refused
        ? "Ủy ban nhân dân " + commune + " từ chối giải quyết hồ sơ nêu trên với lý do:"
        : "Ủy ban nhân dân " + commune + " đã giải quyết hồ sơ nêu trên như sau:");
    paragraphs.add(decision == null || decision.isBlank() ? (refused ? "" : "Chấp thuận theo đề nghị của người yêu cầu.") : decision);
    return new vn.gov.commune.documents.ResultPaper(
        issuingBody(dossier.getCompetentCommuneId(), false),
        dossier.getCode() + (refused ? "/TC" : "/KQ"),
        placeAndDate(dossier.getCompetentCommuneId(), at),
        refused ? SlipType.REFUSAL.heading() : resultTitle(dossier.getProcedureCode()),
        "Thủ tục: " + dossier.getProcedureName(),
        fields,
        paragraphs,
        "TM. ỦY BAN NHÂN DÂN",
        by.position(),
        by.name(),
        "Văn bản điện tử được ký số theo Luật Giao dịch điện tử; mã hồ sơ " + dossier.getCode()
            + ". Kiểm tra chữ ký số bằng phần mềm đọc PDF hoặc dịch vụ xác thực chữ ký số.");
  }

  /**
   * The attestation of a certified copy (Nghị định 23/2015/NĐ-CP): "Chứng thực bản sao này đúng với bản
   * chính", the certification number and date, the copy's document, pages, copies and fee, and the
   * certifying leader's full name and position from the staff directory.
   */
  public vn.gov.commune.documents.ResultPaper certifiedCopyPaper(
      String communeId, String requestCode, String number, String procedureName, String applicantName, String documentTitle,
      int pages, int copies, long fee, String signerId, Instant at) {
    Signer by = signer(signerId);
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("Tên giấy tờ, văn bản được chứng thực", documentTitle));
    fields.add(new Field("Người yêu cầu chứng thực", applicantName));
    fields.add(new Field("Số trang của bản sao", String.valueOf(pages)));
    fields.add(new Field("Số bản sao được chứng thực", String.valueOf(copies)));
    fields.add(new Field("Lệ phí chứng thực", money(fee)));
    fields.add(new Field("Số chứng thực", number + " (sổ chứng thực bản sao)"));
    fields.add(new Field("Ngày chứng thực", date(at)));
    List<String> paragraphs = List.of(
        "Chứng thực bản sao này đúng với bản chính.",
        "Bản sao được chứng thực từ bản chính có giá trị sử dụng thay cho bản chính đã dùng để đối chiếu chứng thực"
            + " trong các giao dịch (khoản 2 Điều 3 Nghị định số 23/2015/NĐ-CP).");
    return new vn.gov.commune.documents.ResultPaper(
        issuingBody(communeId, false),
        number,
        placeAndDate(communeId, at),
        "BẢN SAO ĐƯỢC CHỨNG THỰC TỪ BẢN CHÍNH",
        "Thủ tục: " + procedureName,
        fields,
        paragraphs,
        "TM. ỦY BAN NHÂN DÂN",
        by.position(),
        by.name(),
        "Văn bản điện tử được ký số theo Luật Giao dịch điện tử; mã yêu cầu " + requestCode
            + ". Kiểm tra chữ ký số bằng phần mềm đọc PDF hoặc dịch vụ xác thực chữ ký số.");
  }

  /** The commune's name, e.g. "Xã Sa Thầy" (the id when unknown). */
  public String communeName(String communeId) {
    return communes.findById(communeId).map(Commune::getName).orElse(communeId);
  }

  /** The fee receipt the clerk prints at the counter: the amount, when and how it was paid. */
  public SlipContent feeReceipt(Dossier dossier, String clerk) {
    return content(
        dossier,
        SlipType.FEE_RECEIPT,
        List.of(
            new Field("Người nộp", dossier.getApplicantName()),
            new Field("Thủ tục hành chính", dossier.getProcedureName()),
            new Field("Số tiền", money(dossier.getFee())),
            new Field("Thời gian nộp", dateTime(dossier.getPaidAt())),
            new Field("Hình thức nộp", dossier.getPaymentId() == null ? "Nộp tại Bộ phận một cửa" : "Qua Nền tảng thanh toán (mã giao dịch " + dossier.getPaymentId() + ")")),
        List.of(),
        null,
        "NGƯỜI THU TIỀN",
        clerk);
  }

  /**
   * Every finished step of the dossier's processes: who, when, due when, on time or late; and last the
   * step that closes the dossier and issues this slip ({@code closingStep}: the result returned, the
   * processing stopped), done now by the current user or the system, due at the appointment when
   * {@code dueAtAppointment}. The steps of a cross-commune dossier run in two communes (receipt and
   * return in the receiving one, review and approval in the competent one) while the slip is issued by
   * whoever finishes the dossier, so the history is read as the system, for this dossier's code only.
   *
   * <p>The slip is written inside the transaction of the closing step, which may be the one in which
   * a person completed the task before it ("Trả kết quả tại quầy"): the engine writes that task's end
   * to the history table only when the transaction commits, so the history query does not yet find it
   * finished. Such tasks, ended in this transaction, are taken from the engine's unit of work.
   */
  public SlipContent processControl(Dossier dossier, String closingStep, boolean dueAtAppointment) {
    List<HistoricTaskInstance> finished = SystemCalls.asSystem(identity, () ->
        historyService
            .createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(dossier.getCode())
            .finished()
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list());
    List<String> instances = SystemCalls.asSystem(identity, () ->
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossier.getCode()).list()
            .stream().map(HistoricProcessInstance::getId).toList());
    List<StepRow> steps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (HistoricTaskInstance task : finished) {
      seen.add(task.getId());
      steps.add(new StepRow(task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), task.getAssignee(),
          task.getStartTime(), task.getEndTime(), task.getDueDate(), task.getDeleteReason()));
    }
    for (HistoricTaskInstanceEventEntity task : endedInThisTransaction()) {
      if (task.getEndTime() != null && instances.contains(task.getProcessInstanceId()) && seen.add(task.getId())) {
        steps.add(new StepRow(task.getName() == null ? task.getTaskDefinitionKey() : task.getName(), task.getAssignee(),
            task.getStartTime(), task.getEndTime(), task.getDueDate(), task.getDeleteReason()));
      }
    }
    // by when each step was received, then finished (the history keeps whole seconds on some databases)
    steps.sort(Comparator.comparing(StepRow::start, Comparator.nullsLast(Comparator.<Date>naturalOrder()))
        .thenComparing(StepRow::end, Comparator.nullsLast(Comparator.<Date>naturalOrder())));
    List<List<String>> rows = new ArrayList<>();
    for (StepRow step : steps) {
      if (step.deleteReason() != null && !"completed".equals(step.deleteReason())) {
        continue;
      }
      rows.add(row(step.name(), step.assignee() == null ? "" : staff.fullName(step.assignee()),
          step.start() == null ? null : step.start().toInstant(),
          step.end().toInstant(), step.due() == null ? null : step.due().toInstant()));
    }
    Instant now = DossierService.now();
    String actor = identity.getCurrentAuthentication() == null ? null : identity.getCurrentAuthentication().getUserId();
    rows.add(row(closingStep, actor == null ? "Hệ thống" : staff.fullName(actor), now, now, dueAtAppointment ? dossier.getAppointmentAt() : null));
    return content(
        dossier,
        SlipType.PROCESS_CONTROL,
        List.of(
            new Field("Người nộp", dossier.getApplicantName()),
            new Field("Thủ tục hành chính", dossier.getProcedureName()),
            new Field("Thời gian tiếp nhận", dateTime(dossier.getReceivedAt())),
            new Field("Thời gian hẹn trả kết quả", dateTime(dossier.getAppointmentAt())),
            new Field("Trạng thái", dossier.getStatus().label())),
        List.of(),
        new Table(List.of("Bước xử lý", "Người thực hiện", "Nhận lúc", "Hoàn thành lúc", "Hạn xử lý", "Kết quả"), rows),
        "BỘ PHẬN MỘT CỬA",
        "");
  }

  /** A step of the process-control slip as the history has it. */
  private record StepRow(String name, String assignee, Date start, Date end, Date due, String deleteReason) {}

  private List<String> row(String name, String who, Instant start, Instant end, Instant due) {
    String onTime = due == null ? "" : end.isAfter(due) ? "Trễ hạn" : "Đúng hạn";
    return List.of(name, who, dateTime(start), dateTime(end), due == null ? "" : dateTime(due), onTime);
  }

  /** The user tasks whose end this engine transaction has recorded but not yet written (none outside a transaction). */
  private static List<HistoricTaskInstanceEventEntity> endedInThisTransaction() {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return List.of();
    }
    return context.getDbEntityManager().getCachedEntitiesByType(HistoricTaskInstanceEventEntity.class);
  }

  private SlipContent content(
      Dossier dossier, SlipType type, List<Field> fields, List<String> paragraphs, Table table, String signatureTitle, String signer) {
    Signer by = signer(signer);
    return new SlipContent(
        type,
        issuingBody(dossier.getReceivingCommuneId(), true),
        placeAndDate(dossier.getReceivingCommuneId(), DossierService.now()),
        dossier.getCode(),
        fields,
        paragraphs,
        table,
        by.title(signatureTitle),
        by.name(),
        false);
  }

  /** Who signs: full name, and the position printed under the signature title (nothing for an unknown id). */
  private record Signer(String name, String position) {
    String title(String title) {
      return position.isEmpty() ? title : title + "\n" + position;
    }
  }

  /** The officer behind a login id as printed on a slip: full name and position, not the login id. */
  private Signer signer(String loginId) {
    return staff.find(loginId)
        .map(officer -> new Signer(officer.fullName(), officer.position()))
        .orElseGet(() -> new Signer(loginId == null ? "" : loginId, ""));
  }

  private String issuingBody(String communeId, boolean oneStopCentre) {
    String name = communes.findById(communeId).map(Commune::getName).orElse(communeId);
    return "ỦY BAN NHÂN DÂN " + name.toUpperCase(java.util.Locale.forLanguageTag("vi-VN"))
        + (oneStopCentre ? "\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" : "");
  }

  private String placeAndDate(String communeId, Instant at) {
    String name = communes.findById(communeId).map(Commune::getName).orElse(communeId);
    String place = name.replaceFirst("^(Xã|Phường|Đặc khu) ", "");
    ZonedDateTime local = at.atZone(zone);
    return place + ", ngày " + local.getDayOfMonth() + " tháng " + local.getMonthValue() + " năm " + local.getYear();
  }

  /** An amount as Vietnamese money: "10.000 đ", "1.250.000 đ"; "Miễn phí" for none. */
  public static String money(long amount) {
    if (amount == 0) {
      return "Miễn phí";
    }
    return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.') + " đ";
  }
}
