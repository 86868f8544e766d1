package vn.gov.commune.dossier;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.web.PaperPage;

/**
 * {@code GET /tra-cuu}: the citizens' look-up page, plain server-rendered HTML in Vietnamese that
 * works on a phone without script: the code and the four digits in a form, the answer below it
 * (status, received and appointment times in Vietnam time, the steps so far), nothing personal. The
 * same look-up and the same rate limit as {@code /api/public/dossiers/{code}}: a wrong {@code last4}
 * is answered exactly like an unknown code (404).
 */
@RestController
class PublicLookupPage {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
  private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final PublicDossierController lookup;

  PublicLookupPage(PublicDossierController lookup) {
    this.lookup = lookup;
  }

  @GetMapping("/tra-cuu")
  public ResponseEntity<String> page(
      @RequestParam(name = "ma", required = false) String code, @RequestParam(name = "last4", required = false) String last4) {
    String typedCode = code == null ? "" : code.strip();
    if (typedCode.isEmpty() && (last4 == null || last4.isBlank())) {
      return answer(HttpStatus.OK, form("", ""));
    }
    if (typedCode.length() > 64) {
      typedCode = typedCode.substring(0, 64);
    }
    Optional<DossierViews.PublicView> found = typedCode.isEmpty() ? Optional.empty() : lookup.find(typedCode, last4 == null ? null : last4.strip());
    if (found.isEmpty()) {
      return answer(HttpStatus.NOT_FOUND,
          form(typedCode, "") + "<p class=\"miss\" role=\"alert\">" + PaperPage.escape(PublicDossierController.notFound(typedCode))
              + " Kiểm tra lại mã hồ sơ trên giấy tiếp nhận và 4 số cuối số điện thoại hoặc số định danh cá nhân của người nộp.</p>");
    }
    return answer(HttpStatus.OK, form(typedCode, "") + result(found.get()));
  }

  private static String form(String code, String last4) {
    return "<form method=\"get\" action=\"/tra-cuu\">"
        + "<label for=\"ma\">Mã hồ sơ</label>"
        + "<input id=\"ma\" name=\"ma\" required maxlength=\"64\" autocomplete=\"off\" placeholder=\"Ví dụ: 000.00.31.H62-261123-0001\" value=\""
        + PaperPage.escape(code) + "\">"
        + "<label for=\"last4\">4 số cuối số điện thoại hoặc số định danh cá nhân của người nộp</label>"
        + "<input id=\"last4\" name=\"last4\" required inputmode=\"numeric\" pattern=\"[0-9]{4}\" maxlength=\"4\" autocomplete=\"off\" value=\""
        + PaperPage.escape(last4) + "\">"
        + "<button type=\"submit\">Tra cứu</button></form>";
  }

  private static String result(DossierViews.PublicView view) {
    StringBuilder html = new StringBuilder("<section class=\"result\" aria-live=\"polite\">");
    html.append("<h2>Hồ sơ ").append(PaperPage.escape(view.code())).append("</h2>")
        .append("<p class=\"status\">").append(PaperPage.escape(view.statusName())).append("</p><dl>")
        .append("<dt>Thủ tục hành chính</dt><dd>").append(PaperPage.escape(view.procedureName())).append("</dd>")
        .append("<dt>Thời gian tiếp nhận</dt><dd>").append(time(view.receivedAt(), "Chưa tiếp nhận")).append("</dd>")
        .append("<dt>Hẹn trả kết quả</dt><dd>").append(time(view.appointmentAt(), "Chưa có")).append("</dd>");
    if (view.returnedAt() != null) {
      html.append("<dt>Đã trả kết quả</dt><dd>").append(time(view.returnedAt(), "")).append("</dd>");
    }
    html.append("</dl><h3>Các bước đã qua</h3>");
    if (view.steps().isEmpty()) {
      html.append("<p>Chưa có bước nào.</p>");
    } else {
      html.append("<ol class=\"steps\">");
      for (DossierViews.PublicStep step : view.steps()) {
        html.append("<li>").append(time(step.at(), "")).append(" — ").append(PaperPage.escape(step.statusName())).append("</li>");
      }
      html.append("</ol>");
    }
    return html.append("<p class=\"note\">Giờ Việt Nam (UTC+07:00).</p></section>").toString();
  }

  private static String time(OffsetDateTime at, String none) {
    if (at == null) {
      return PaperPage.escape(none);
    }
    return "<time datetime=\"" + MACHINE.format(at) + "\">" + SHOWN.format(at) + "</time>";
  }

  private static ResponseEntity<String> answer(HttpStatus status, String body) {
    String html = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Tra cứu hồ sơ thủ tục hành chính</title><style>"
        + "body{font-family:Arial,Helvetica,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#222;line-height:1.5;font-size:1.05rem}"
        + "h1{font-size:1.4rem;color:#a50e0e}label{display:block;margin-top:.8rem;font-weight:bold}"
        + "input{box-sizing:border-box;width:100%;font-size:1.1rem;padding:.55rem;margin-top:.25rem;border:1px solid #888;border-radius:4px}"
        + "button{margin-top:1rem;width:100%;font-size:1.1rem;padding:.7rem;background:#a50e0e;color:#fff;border:0;border-radius:4px}"
        + ".status{font-size:1.25rem;font-weight:bold;color:#0b5394;margin:.3rem 0}.miss{color:#a50e0e;font-weight:bold}"
        + "dt{font-weight:bold;margin-top:.5rem}dd{margin:0}.steps li{margin:.3rem 0}.note{color:#555;font-size:.9rem}"
        + ".result{margin-top:1.5rem;border-top:2px solid #ddd}"
        + "</style></head><body><h1>Tra cứu hồ sơ thủ tục hành chính</h1>"
        + "<p>Nhập mã hồ sơ ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, và 4 số cuối số điện thoại hoặc số định danh cá nhân của người nộp.</p>"
        + body + "</body></html>\n";
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CONTENT_LANGUAGE, "vi")
        .body(html);
  }
}
