package vn.gov.commune.dossier;

import vn.gov.commune.documents.FileStore;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.catalogue.ProcedureCatalogue;
import vn.gov.commune.catalogue.ProcedureComponent;
import vn.gov.commune.security.Roles;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.UntrustedText;

/**
 * What the citizen does after submitting, passed on by the portal: supplement, pay, withdraw,
 * rate; and the answer of a consulted agency. Each checks the dossier's state, saves, and wakes the
 * waiting process step in one transaction: a refused action changes nothing.
 */
@Service
@Transactional
public class DossierActions {

  /** The longest note kept with a dossier action (the history's detail column holds 2000 characters). */
  static final int NOTE_MAX = 2000;

  /** The message a waiting consultation step (dossier-processing and models like it) catches. */
  static final String CONSULTATION_ANSWERED = "ConsultationAnswered";


  private final DossierService service;
  private final ComponentRepository components;
  private final ProcedureCatalogue catalogue;
  private final FileStore files;
  private final ComponentDigitisation digitisation;
  private final RuntimeService runtime;

  public DossierActions(
      DossierService service,
      ComponentRepository components,
      ProcedureCatalogue catalogue,
      FileStore files,
      ComponentDigitisation digitisation,
      RuntimeService runtime) {
    this.service = service;
    this.components = components;
    this.catalogue = catalogue;
    this.files = files;
    this.digitisation = digitisation;
    this.runtime = runtime;
  }

  /** Who may see a dossier: the portal, administrators, users of the receiving or competent commune. */
  public static boolean canSee(CurrentUser user, Dossier dossier) {
    return user.isAdmin()
        || user.groupIds().contains(Roles.PORTAL)
        || user.tenantIds().stream().anyMatch(dossier::concerns);
  }

  @Transactional(readOnly = true)
  public Dossier visible(String code, CurrentUser user) {
    Dossier dossier = service.get(code);
    if (!canSee(user, dossier)) {
      // same answer as an unknown code: a commune learns nothing of another's dossiers
      throw ApiException.notFound("Không tìm thấy hồ sơ có mã " + code + ".");
    }
    return dossier;
  }

  public Dossier supplement(String code, String rawNote, List<Application.Upload> uploads, CurrentUser user) {
    String note = UntrustedText.note(rawNote, NOTE_MAX, "Nội dung bổ sung");
    Dossier dossier = visible(code, user);
    if (dossier.getStatus() != DossierStatus.SUPPLEMENT_REQUESTED) {
      throw ApiException.conflict("Hồ sơ " + code + " không ở trạng thái chờ bổ sung (hiện tại: " + dossier.getStatus().label() + ").");
    }
    if (uploads.isEmpty() && (note == null || note.isBlank())) {
      throw ApiException.badRequest("Gửi ít nhất một tệp hoặc nội dung bổ sung.");
    }
    Map<String, ProcedureComponent> known =
        catalogue.require(dossier.getProcedureCode(), dossier.getProcedureVersion()).getComponents().stream()
            .collect(Collectors.toMap(ProcedureComponent::getCode, Function.identity()));
    Map<String, vn.gov.commune.digitisation.InspectedContent> checked = new java.util.HashMap<>();
    for (Application.Upload upload : uploads) {
      ProcedureComponent component = known.get(upload.componentCode());
      if (component == null || !component.isAskedFromCitizen()) {
        throw ApiException.badRequest("Thành phần \"" + upload.componentCode() + "\" không thuộc thủ tục " + dossier.getProcedureName() + ".");
      }
      checked.put(upload.componentCode(), digitisation.checkUpload(
          dossier.getProcedureCode(), dossier.getProcedureVersion(), component.getCode(), component.getName(), upload.fileName(), upload.content()));
    }
    for (Application.Upload upload : uploads) {
      ProcedureComponent component = known.get(upload.componentCode());
      DossierComponent entry =
          components.findByDossierCodeOrderById(code).stream()
              .filter(c -> c.getComponentCode().equals(upload.componentCode()))
              .findFirst()
              .orElseGet(() -> new DossierComponent(code, component.getCode(), component.getName(), DossierComponent.Source.SUPPLEMENT, user.userId(), DossierService.now()));
      entry.attach(
          files.store(upload.fileName(), checked.get(upload.componentCode()).mediaType(), upload.content()),
          DossierComponent.Source.SUPPLEMENT,
          user.userId(),
          DossierService.now());
      components.save(entry);
      digitisation.keep(dossier, entry, checked.get(upload.componentCode()), upload.fileName(), upload.content(), user.userId());
      service.log(dossier, "COMPONENT", null, "Công dân bổ sung thành phần: " + component.getName() + ".", null);
    }
    correlate(dossier, "SupplementSubmitted", Map.of(DossierVariables.SUPPLEMENT_NOTE, note == null ? "" : note), "chờ bổ sung");
    return dossier;
  }

  public Dossier withdraw(String code, String rawReason, CurrentUser user) {
    String reason = UntrustedText.note(rawReason, NOTE_MAX, "Lý do rút hồ sơ");
    Dossier dossier = visible(code, user);
    boolean clerkOfReceiving = user.groupIds().contains(Roles.CLERK) && user.tenantIds().contains(dossier.getReceivingCommuneId());
    if (!user.groupIds().contains(Roles.PORTAL) && !clerkOfReceiving) {
      throw ApiException.forbidden("Chỉ công dân (qua Cổng Dịch vụ công) hoặc cán bộ một cửa nơi tiếp nhận được rút hồ sơ.");
    }
    if (dossier.getStatus().isFinal() || dossier.getStatus() == DossierStatus.PROCESSED) {
      throw ApiException.conflict("Hồ sơ " + code + " đã " + dossier.getStatus().label().toLowerCase() + ", không thể rút.");
    }
    correlate(dossier, "WithdrawalRequested", Map.of(DossierVariables.WITHDRAWAL_REASON, reason == null ? "" : reason), "đang giải quyết");
    return dossier;
  }

  /**
   * The payment platform's callback. Idempotent: the same transaction reported again once the
   * dossier has recorded it gets the same answer and changes nothing (no second history entry, no
   * second receipt). An unknown transaction or a wrong amount is refused with nothing changed.
   */
  public DossierViews.PaymentConfirmation payment(String code, DossierViews.Payment payment, CurrentUser user) {
    Dossier dossier = visible(code, user);
    if (payment == null || payment.paymentId() == null || payment.paymentId().isBlank()) {
      throw ApiException.badRequest("Thiếu mã giao dịch thanh toán (paymentId).");
    }
    if (dossier.getPaymentId() == null) {
      throw ApiException.conflict("Hồ sơ " + code + " không có yêu cầu nộp phí, lệ phí qua Nền tảng thanh toán.");
    }
    if (!payment.paymentId().equals(dossier.getPaymentId())) {
      throw ApiException.badRequest("Mã giao dịch thanh toán không khớp với yêu cầu nộp phí của hồ sơ.");
    }
    if (payment.amount() == null || payment.amount() != dossier.getFee()) {
      throw ApiException.badRequest("Số tiền đã nộp (" + payment.amount() + ") khác số phí, lệ phí phải nộp (" + dossier.getFee() + " đồng).");
    }
    if (dossier.getPaidAt() == null) {
      if (dossier.getStatus() != DossierStatus.PAYMENT_REQUESTED) {
        throw ApiException.conflict("Hồ sơ " + code + " không chờ nộp phí, lệ phí.");
      }
      correlate(dossier, "PaymentConfirmed", Map.of(DossierVariables.PAYMENT_ID, payment.paymentId()), "chờ nộp phí");
      dossier = service.get(code);
    }
    Long receipt = service.documents(code).stream()
        .filter(d -> d.getType() == vn.gov.commune.documents.SlipType.FEE_RECEIPT)
        .map(DossierDocument::getId)
        .findFirst()
        .orElse(null);
    return new DossierViews.PaymentConfirmation(code, dossier.getPaymentId(), dossier.getFee(), dossier.getPaidAt(), receipt);
  }

  /**
   * The answer of a consulted agency. With the consultation id (the LGSP simulator sends it), it
   * goes to the step waiting for that very consultation, so two consultations of one dossier in
   * parallel (e.g. commune police and social insurance) are told apart: the waiting step's local
   * variable consultationSlot (none: REVIEW) names the agency slot, whose consultationId must match.
   * The slot's consultationAnswer / consultationTimedOut variables are set. Without an id, the one
   * consultation the dossier waits for takes it (refused when it waits for several).
   */
  public Dossier consultationAnswer(String code, DossierViews.ConsultationAnswer answer, CurrentUser user) {
    Dossier dossier = visible(code, user);
    if (answer == null || answer.answer() == null || answer.answer().isBlank()) {
      throw ApiException.badRequest("Thiếu nội dung trả lời của cơ quan được lấy ý kiến.");
    }
    String agency = UntrustedText.field(answer.agency(), 300, "Tên cơ quan trả lời");
    String consultationId = UntrustedText.field(answer.consultationId(), 100, "Mã văn bản xin ý kiến");
    String text = (agency == null ? "" : agency + ": ") + UntrustedText.note(answer.answer(), NOTE_MAX - 302, "Nội dung trả lời");
    List<Execution> waiting = service.asSystem(() -> runtime.createExecutionQuery()
        .processInstanceBusinessKey(code)
        .messageEventSubscriptionName(CONSULTATION_ANSWERED)
        .list());
    List<Execution> matching = waiting.stream()
        .filter(e -> consultationId == null || consultationId.equals(service.asSystem(() -> runtime.getVariable(e.getId(),
            ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_ID, slot(e))))))
        .toList();
    if (matching.isEmpty()) {
      throw ApiException.conflict("Hồ sơ " + code + " không ở bước chờ ý kiến liên thông"
          + (consultationId == null ? "." : " của văn bản xin ý kiến " + consultationId + "."));
    }
    if (matching.size() > 1) {
      throw ApiException.conflict("Hồ sơ " + code + " đang chờ ý kiến của nhiều cơ quan: cho biết mã văn bản xin ý kiến (consultationId).");
    }
    Execution execution = matching.get(0);
    String slot = slot(execution);
    service.log(dossier, "CONSULTATION", null, "Nhận ý kiến liên thông.", text);
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_ANSWER, slot), text);
    variables.put(ProcessingVariables.forAgency(ProcessingVariables.CONSULTATION_TIMED_OUT, slot), false);
    service.asSystem(() -> {
      runtime.messageEventReceived(CONSULTATION_ANSWERED, execution.getId(), variables);
      return null;
    });
    return dossier;
  }

  /** The agency slot a waiting consultation step is for: its local consultationSlot, else the reviewer's. */
  private String slot(Execution execution) {
    Object slot = service.asSystem(() -> runtime.getVariableLocal(execution.getId(), ProcessingVariables.CONSULTATION_SLOT));
    return slot == null ? ProcessingVariables.REVIEWER_SLOT : slot.toString();
  }

  /**
   * The citizen's satisfaction rating, once per dossier and only after the result is returned: sent
   * by the portal (channel ONLINE) or recorded by a clerk of the receiving commune for the citizen at
   * the counter (channel COUNTER). The channel follows from who sends it, never from the request.
   */
  public Dossier rate(String code, DossierViews.Rating rating, CurrentUser user) {
    Dossier dossier = visible(code, user);
    Channel channel;
    if (user.groupIds().contains(Roles.PORTAL)) {
      channel = Channel.ONLINE;
    } else if (user.groupIds().contains(Roles.CLERK) && user.tenantIds().contains(dossier.getReceivingCommuneId())) {
      channel = Channel.COUNTER;
    } else {
      throw ApiException.forbidden("Chỉ công dân (qua Cổng Dịch vụ công) hoặc cán bộ một cửa nơi tiếp nhận được ghi nhận đánh giá.");
    }
    if (dossier.getStatus() != DossierStatus.RESULT_RETURNED) {
      throw ApiException.conflict("Chỉ đánh giá được hồ sơ đã trả kết quả.");
    }
    if (dossier.getRating() != null) {
      throw ApiException.conflict("Hồ sơ " + code + " đã được đánh giá.");
    }
    if (rating == null || rating.level() == null || rating.level() < 1 || rating.level() > 3) {
      throw ApiException.badRequest("Mức đánh giá phải là 1 (không hài lòng), 2 (hài lòng) hoặc 3 (rất hài lòng).");
    }
    String comment = UntrustedText.note(rating.comment(), 1000, "Ý kiến đánh giá");
    dossier.setRating(rating.level());
    dossier.setRatingComment(comment);
    dossier.setRatedAt(DossierService.now());
    dossier.setRatingChannel(channel);
    service.save(dossier);
    service.log(dossier, "RATING", "ReceiveTask_AwaitRating",
        (channel == Channel.COUNTER ? "Cán bộ một cửa ghi nhận đánh giá của công dân tại quầy: " : "Công dân đánh giá: ")
            + ratingLabel(rating.level()) + ".",
        comment);
    service.asSystem(
        () -> runtime.createMessageCorrelation("RatingSubmitted").processInstanceBusinessKey(code).correlateAllWithResult());
    return dossier;
  }

  static String ratingLabel(int level) {
    return switch (level) {
      case 3 -> "Rất hài lòng";
      case 2 -> "Hài lòng";
      default -> "Không hài lòng";
    };
  }

  private void correlate(Dossier dossier, String message, Map<String, Object> variables, String waitingFor) {
    try {
      service.asSystem(
          () ->
              runtime
                  .createMessageCorrelation(message)
                  .processInstanceBusinessKey(dossier.getCode())
                  .setVariables(variables)
                  .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiException.conflict("Hồ sơ " + dossier.getCode() + " không ở bước " + waitingFor + ".");
    }
  }
}
