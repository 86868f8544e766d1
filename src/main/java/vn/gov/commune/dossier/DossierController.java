package vn.gov.commune.dossier;

import vn.gov.commune.documents.FileStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.Downloads;
import vn.gov.commune.web.UntrustedText;

/** The portal side of dossiers (DVCQG and the staff of the communes). */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Hồ sơ TTHC", description = "Nộp, bổ sung, rút, nộp phí, đánh giá hồ sơ; tra cứu cho cán bộ")
public class DossierController {

  static final String APPLICATION_PART = "application";

  private final DossierIntake intake;
  private final DossierActions actions;
  private final DossierService service;
  private final ComponentRepository components;
  private final NationalDataRepository nationalData;
  private final FileStore files;
  private final ObjectMapper json;
  private final SignatureVerification verification;

  public DossierController(
      DossierIntake intake,
      DossierActions actions,
      DossierService service,
      ComponentRepository components,
      NationalDataRepository nationalData,
      FileStore files,
      ObjectMapper json,
      SignatureVerification verification) {
    this.nationalData = nationalData;
    this.verification = verification;
    this.intake = intake;
    this.actions = actions;
    this.service = service;
    this.components = components;
    this.files = files;
    this.json = json;
  }

  @Operation(
      summary = "Nộp hồ sơ",
      description =
          "Multipart: phần 'application' (JSON, xem Application) và mỗi tệp một phần, tên phần = mã thành phần hồ sơ."
              + " Tiêu đề Idempotency-Key bắt buộc: gửi lại cùng khóa và cùng nội dung → 409 kèm mã hồ sơ đã tạo;"
              + " cùng khóa nhưng nội dung khác → 422.")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<DossierViews.Created> submit(
      @Parameter(description = "Khóa chống gửi trùng do bên gửi tạo") @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      MultipartHttpServletRequest request,
      CurrentUser user) {
    String applicationJson = applicationJson(request);
    Application application = readApplication(applicationJson);
    List<Application.Upload> uploads = uploads(request);
    String fingerprint = fingerprint(applicationJson, uploads);
    Dossier dossier;
    try {
      dossier = intake.submit(application, uploads, user, idempotencyKey, fingerprint);
    } catch (DataIntegrityViolationException raced) {
      // a concurrent submission with the same key was saved first (uk_dossier_idempotency): answer as for a repeat
      throw intake.repeated(user, idempotencyKey, fingerprint).orElseThrow(() -> raced);
    }
    return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.getCode()))
        .body(new DossierViews.Created(dossier.getCode(), dossier.getStatus().code(), dossier.getStatus().label()));
  }

  @Operation(summary = "Xem hồ sơ (cán bộ xã/phường tiếp nhận hoặc giải quyết, Cổng DVC)")
  @GetMapping("/{code}")
  public DossierViews.DossierView get(@PathVariable String code, CurrentUser user) {
    return DossierViews.DossierView.of(actions.visible(code, user));
  }

  @Operation(summary = "Nhật ký hồ sơ (mọi thay đổi trạng thái, ai, khi nào, lý do)")
  @GetMapping("/{code}/history")
  public List<DossierViews.HistoryView> history(@PathVariable String code, CurrentUser user) {
    actions.visible(code, user);
    return service.history(code).stream().map(DossierViews.HistoryView::of).toList();
  }

  @Operation(summary = "Thành phần hồ sơ")
  @GetMapping("/{code}/components")
  public List<DossierViews.ComponentView> components(@PathVariable String code, CurrentUser user) {
    actions.visible(code, user);
    return components.findByDossierCodeOrderById(code).stream().map(DossierViews.ComponentView::of).toList();
  }

  @Operation(
      summary = "Dữ liệu khai thác từ CSDL quốc gia (dân cư, hộ tịch)",
      description = "Mỗi bản ghi: thành phần hồ sơ, nguồn (CSDL_DAN_CU, CSDL_HO_TICH), người (APPLICANT, SPOUSE, CHILD), thời điểm tra cứu và dữ liệu.")
  @GetMapping("/{code}/national-data")
  public List<DossierViews.NationalDataView> nationalData(@PathVariable String code, CurrentUser user) {
    actions.visible(code, user);
    return nationalData.findByDossierCodeOrderById(code).stream().map(d -> DossierViews.NationalDataView.of(d, json)).toList();
  }

  @Operation(summary = "Tải tệp của một thành phần hồ sơ")
  @GetMapping("/{code}/components/{id}/file")
  public ResponseEntity<byte[]> componentFile(@PathVariable String code, @PathVariable long id, CurrentUser user) {
    actions.visible(code, user);
    DossierComponent component =
        components.findById(id).filter(c -> c.getDossierCode().equals(code) && c.hasFile())
            .orElseThrow(() -> ApiException.notFound("Không có tệp cho thành phần này."));
    return Downloads.attachment(files.read(component.getStorageKey()), component.getFileName(), component.getContentType());
  }

  @Operation(summary = "Các phiếu và kết quả đã phát hành cho hồ sơ")
  @GetMapping("/{code}/documents")
  public List<DossierViews.DocumentView> documents(@PathVariable String code, CurrentUser user) {
    actions.visible(code, user);
    return service.documents(code).stream().map(d -> DossierViews.DocumentView.of(d, signatureSummary(d))).toList();
  }

  private SignatureVerification.Summary signatureSummary(DossierDocument document) {
    if (!DossierService.PDF.equals(DossierService.mediaType(document))) {
      return null;
    }
    try {
      return verification.summary(files.read(document.getStorageKey()));
    } catch (RuntimeException e) {
      // the signing service (its root) unreachable: the listing still answers
      return new SignatureVerification.Summary(false, null, null, "Chưa kiểm tra được chữ ký số: " + e.getMessage());
    }
  }

  @Operation(summary = "Kiểm tra chữ ký số của một kết quả đã phát hành (PDF)")
  @GetMapping("/{code}/documents/{id}/verification")
  public SignatureVerification.Verdict documentVerification(@PathVariable String code, @PathVariable long id, CurrentUser user) {
    actions.visible(code, user);
    DossierDocument document =
        service.documents(code).stream().filter(d -> d.getId() == id).findFirst()
            .orElseThrow(() -> ApiException.notFound("Không có văn bản này trong hồ sơ."));
    if (!DossierService.PDF.equals(DossierService.mediaType(document))) {
      throw ApiException.badRequest("Văn bản này là phiếu in (DOCX), không có chữ ký số để kiểm tra.");
    }
    return SignatureController.verifyPdf(files.read(document.getStorageKey()), verification);
  }

  @Operation(summary = "Tải một phiếu (DOCX) hoặc kết quả đã ký số (PDF)")
  @GetMapping("/{code}/documents/{id}/file")
  public ResponseEntity<byte[]> documentFile(@PathVariable String code, @PathVariable long id, CurrentUser user) {
    actions.visible(code, user);
    DossierDocument document =
        service.documents(code).stream().filter(d -> d.getId() == id).findFirst()
            .orElseThrow(() -> ApiException.notFound("Không có phiếu này trong hồ sơ."));
    return Downloads.attachment(files.read(document.getStorageKey()), document.getFileName(), DossierService.mediaType(document));
  }

  @Operation(summary = "Công dân bổ sung hồ sơ (multipart: 'note' và các tệp, tên phần = mã thành phần)")
  @PostMapping(value = "/{code}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public DossierViews.Created supplement(
      @PathVariable String code, @RequestParam(value = "note", required = false) String note, MultipartHttpServletRequest request, CurrentUser user) {
    return created(actions.supplement(code, note, uploads(request), user));
  }

  @Operation(summary = "Công dân rút hồ sơ (dừng xử lý)")
  @PostMapping("/{code}/withdraw")
  public DossierViews.Created withdraw(@PathVariable String code, @RequestBody(required = false) DossierViews.Withdrawal body, CurrentUser user) {
    return created(actions.withdraw(code, body == null ? null : body.reason(), user));
  }

  @Operation(summary = "Nền tảng thanh toán báo đã nộp phí, lệ phí (gửi lại cùng giao dịch: cùng câu trả lời, không ghi thêm)")
  @PostMapping("/{code}/payment")
  public DossierViews.PaymentConfirmation payment(
      @PathVariable String code, @RequestBody(required = false) DossierViews.Payment body, CurrentUser user) {
    return actions.payment(code, body, user);
  }

  @Operation(summary = "Cơ quan được lấy ý kiến (liên thông) trả lời")
  @PostMapping("/{code}/consultation-answer")
  public DossierViews.Created consultationAnswer(@PathVariable String code, @RequestBody DossierViews.ConsultationAnswer body, CurrentUser user) {
    return created(actions.consultationAnswer(code, body, user));
  }

  @Operation(summary = "Công dân đánh giá mức độ hài lòng (1–3)")
  @PostMapping("/{code}/rating")
  public DossierViews.Created rating(@PathVariable String code, @RequestBody DossierViews.Rating body, CurrentUser user) {
    return created(actions.rate(code, body, user));
  }

  private static DossierViews.Created created(Dossier dossier) {
    return new DossierViews.Created(dossier.getCode(), dossier.getStatus().code(), dossier.getStatus().label());
  }

  private static String applicationJson(MultipartHttpServletRequest request) {
    MultipartFile part = request.getFile(APPLICATION_PART);
    String text = part != null ? content(part) : request.getParameter(APPLICATION_PART);
    if (text == null || text.isBlank()) {
      throw ApiException.badRequest("Thiếu phần 'application' (tờ khai dạng JSON).");
    }
    return text;
  }

  private Application readApplication(String text) {
    try {
      return json.readValue(text, Application.class);
    } catch (IOException e) {
      throw ApiException.badRequest("Phần 'application' không đúng định dạng JSON của tờ khai.");
    }
  }

  private static List<Application.Upload> uploads(MultipartHttpServletRequest request) {
    List<Application.Upload> uploads = new ArrayList<>();
    request.getMultiFileMap().forEach((name, parts) -> {
      if (APPLICATION_PART.equals(name)) {
        return;
      }
      for (MultipartFile part : parts) {
        uploads.add(new Application.Upload(name, UntrustedText.uploadedFileName(part.getOriginalFilename(), name), bytes(part)));
      }
    });
    return uploads;
  }

  /**
   * What the Idempotency-Key stands for: the SHA-256 of the application JSON as sent and of each
   * file's SHA-256 with its component code (file names do not count).
   */
  private static String fingerprint(String applicationJson, List<Application.Upload> uploads) {
    StringBuilder request = new StringBuilder(applicationJson);
    uploads.stream()
        .map(upload -> upload.componentCode() + "=" + Hashes.sha256Hex(upload.content()))
        .sorted()
        .forEach(file -> request.append('\n').append(file));
    return Hashes.sha256Hex(request.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String content(MultipartFile part) {
    return new String(bytes(part), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(MultipartFile part) {
    try {
      return part.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
