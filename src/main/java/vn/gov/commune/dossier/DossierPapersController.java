package vn.gov.commune.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.documents.FileStore;
import vn.gov.commune.documents.SlipContent;
import vn.gov.commune.documents.SlipType;
import vn.gov.commune.engine.SystemCalls;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.Downloads;
import vn.gov.commune.web.PaperPage;

/**
 * The papers of a dossier at hand from the Tasklist forms (also with the webapps' session, see
 * WebappSessionDownloads): a page listing the issued slips and every scan with their links, the
 * latest slip of a kind, the fee receipt, and the draft result the leader reads before signing.
 * Access as for the dossier itself (DossierActions.visible): a dossier of another commune is
 * answered like an unknown code.
 */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Hồ sơ TTHC")
class DossierPapersController {

  private final DossierActions actions;
  private final DossierService service;
  private final ComponentRepository components;
  private final DossierSlips slips;
  private final FileStore files;
  private final RuntimeService runtime;
  private final IdentityService identity;

  DossierPapersController(
      DossierActions actions,
      DossierService service,
      ComponentRepository components,
      DossierSlips slips,
      FileStore files,
      RuntimeService runtime,
      IdentityService identity) {
    this.identity = identity;
    this.actions = actions;
    this.service = service;
    this.components = components;
    this.slips = slips;
    this.files = files;
    this.runtime = runtime;
  }

  @Operation(summary = "Trang giấy tờ của hồ sơ (HTML): các phiếu đã phát hành và mọi tệp thành phần, mỗi mục một liên kết tải")
  @GetMapping("/{code}/papers")
  public ResponseEntity<String> papers(@PathVariable String code, CurrentUser user) {
    Dossier dossier = actions.visible(code, user);
    String base = "/api/dossiers/" + dossier.getCode();
    List<PaperPage.Line> issued = new ArrayList<>();
    for (DossierDocument document : service.documents(dossier.getCode())) {
      issued.add(new PaperPage.Line(
          document.getType().title(), base + "/documents/" + document.getId() + "/file", "(" + slips.dateTime(document.getIssuedAt()) + ")"));
    }
    boolean receiptKept = service.documents(dossier.getCode()).stream().anyMatch(d -> d.getType() == SlipType.FEE_RECEIPT);
    if (dossier.getFee() > 0 && dossier.getPaidAt() != null && !receiptKept) {
      // paid at the counter: the receipt is made when downloaded (a platform payment keeps its own)
      issued.add(new PaperPage.Line(SlipType.FEE_RECEIPT.title(), base + "/slips/" + slipPath(SlipType.FEE_RECEIPT), "(" + DossierSlips.money(dossier.getFee()) + ")"));
    }
    List<PaperPage.Line> scans = new ArrayList<>();
    for (DossierComponent component : components.findByDossierCodeOrderById(dossier.getCode())) {
      scans.add(component.hasFile()
          ? new PaperPage.Line(component.getName(), base + "/components/" + component.getId() + "/file",
              "— " + component.getFileName() + " (" + component.getSource().label() + ")")
          : new PaperPage.Line(component.getName(), null, "— chưa có tệp (" + component.getSource().label() + ")"));
    }
    PaperPage page = new PaperPage("Giấy tờ của hồ sơ " + dossier.getCode())
        .fact("Thủ tục hành chính", dossier.getProcedureName())
        .fact("Trạng thái", dossier.getStatus().label())
        .fact("Thời gian tiếp nhận", slips.dateTime(dossier.getReceivedAt()))
        .fact("Hẹn trả kết quả", slips.dateTime(dossier.getAppointmentAt()))
        .fact("Lệ phí", DossierSlips.money(dossier.getFee()))
        .section("Phiếu, kết quả đã phát hành", issued, "Chưa có phiếu nào.")
        .section("Thành phần hồ sơ (bản điện tử, bản quét)", scans, "Hồ sơ chưa có thành phần nào.");
    if (draft(dossier) != null) {
      page.section("Dự thảo kết quả", List.of(new PaperPage.Line("Xem dự thảo kết quả (chưa ký số)", base + "/draft-result", null)), "");
    }
    return page.response();
  }

  @Operation(
      summary = "Tải phiếu mới nhất của một loại (DOCX)",
      description = "Loại: receipt (giấy tiếp nhận, hẹn trả), result (kết quả), refusal, supplement-request, apology, process-control,"
          + " stop-notice, fee-receipt (biên lai thu phí, lệ phí; lập khi tải)")
  @GetMapping("/{code}/slips/{type}")
  public ResponseEntity<byte[]> slip(@PathVariable String code, @PathVariable String type, CurrentUser user) {
    Dossier dossier = actions.visible(code, user);
    SlipType slipType = slipType(type);
    boolean kept = service.documents(dossier.getCode()).stream().anyMatch(d -> d.getType() == slipType);
    if (slipType == SlipType.FEE_RECEIPT && !kept) {
      if (dossier.getFee() <= 0 || dossier.getPaidAt() == null) {
        throw ApiException.notFound("Hồ sơ " + dossier.getCode() + " chưa có khoản phí, lệ phí đã nộp.");
      }
      return docx(slips.feeReceipt(dossier, user.userId()), dossier);
    }
    DossierDocument document = service.documents(dossier.getCode()).stream()
        .filter(d -> d.getType() == slipType)
        .reduce((first, later) -> later)
        .orElseThrow(() -> ApiException.notFound("Hồ sơ " + dossier.getCode() + " chưa có " + lower(slipType.title()) + "."));
    return Downloads.attachment(files.read(document.getStorageKey()), document.getFileName(), DossierService.mediaType(document));
  }

  @Operation(summary = "Xem dự thảo kết quả trước khi ký (DOCX, ghi rõ DỰ THẢO – CHƯA KÝ SỐ)")
  @GetMapping("/{code}/draft-result")
  public ResponseEntity<byte[]> draftResult(@PathVariable String code, CurrentUser user) {
    Dossier dossier = actions.visible(code, user);
    Draft draft = draft(dossier);
    if (draft == null) {
      throw ApiException.notFound("Hồ sơ " + dossier.getCode() + " chưa có dự thảo kết quả (chuyên viên chưa thẩm định xong).");
    }
    SlipContent content = draft.refused() ? slips.refusal(dossier, draft.note(), user.userId()) : slips.draftResult(dossier, draft.note(), user.userId());
    byte[] bytes = service.slipRenderer().render(content);
    return Downloads.attachment(bytes, "du-thao-" + content.type().fileName(dossier.getCode()), DossierService.DOCX);
  }

  private record Draft(String note, boolean refused) {}

  /** The specialist's proposal waiting for the leader: the review note of the dossier's running processing. */
  private Draft draft(Dossier dossier) {
    if (dossier.getStatus() != DossierStatus.PROCESSING) {
      return null;
    }
    // the commune is checked (DossierActions.visible); the process variables are read for the system
    return SystemCalls.asSystem(identity, () -> {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier.getCode()).active().list()) {
        Object note = runtime.getVariable(instance.getId(), "reviewNote");
        if (note instanceof String text && !text.isBlank()) {
          return new Draft(text, "REFUSE".equals(runtime.getVariable(instance.getId(), "proposal")));
        }
      }
      return null;
    });
  }

  private ResponseEntity<byte[]> docx(SlipContent content, Dossier dossier) {
    return Downloads.attachment(service.slipRenderer().render(content), content.type().fileName(dossier.getCode()), DossierService.DOCX);
  }

  static String slipPath(SlipType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static SlipType slipType(String path) {
    for (SlipType type : SlipType.values()) {
      if (type != SlipType.PLAN_REPORT && slipPath(type).equalsIgnoreCase(path)) {
        return type;
      }
    }
    throw ApiException.notFound("Không có loại phiếu \"" + path + "\".");
  }

  private static String lower(String title) {
    return title.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi-VN")) + title.substring(1);
  }
}
