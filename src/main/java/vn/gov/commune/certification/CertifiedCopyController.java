package vn.gov.commune.certification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.documents.FileStore;
import vn.gov.commune.documents.PdfRenderer;
import vn.gov.commune.engine.SystemCalls;
import vn.gov.commune.security.CurrentUser;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.Downloads;

/**
 * The signed attestation of a certified copy (PDF, PAdES) by the request's code, for the clerk who
 * prints it and hands it over (also with the Tasklist session, see WebappSessionDownloads). A request
 * of another commune is answered like an unknown code; a refused request has none. The file key is a
 * process variable: the file is given only if it is the attestation of this very request (its title
 * names the request's certification number), so a variable pointed at another file gives nothing.
 */
@RestController
@RequestMapping("/api/certified-copies")
@Tag(name = "Chứng thực bản sao")
class CertifiedCopyController {

  static final String PROCESS_KEY = "certify-copy";
  static final String TITLE = "BẢN SAO ĐƯỢC CHỨNG THỰC TỪ BẢN CHÍNH";

  private final HistoryService history;
  private final IdentityService identity;
  private final FileStore files;

  CertifiedCopyController(HistoryService history, IdentityService identity, FileStore files) {
    this.history = history;
    this.identity = identity;
    this.files = files;
  }

  @Operation(summary = "Tải bản chứng thực bản sao đã ký số (PDF) của một yêu cầu chứng thực, theo mã hồ sơ")
  @GetMapping("/{code}/pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String code, CurrentUser user) {
    String key = SystemCalls.asSystem(identity, () -> {
      HistoricProcessInstance request = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(code).singleResult();
      if (request == null || !user.canSeeCommune(request.getTenantId())) {
        return null;
      }
      HistoricVariableInstance file = history.createHistoricVariableInstanceQuery()
          .processInstanceId(request.getId()).variableName(CertifyCopyVariables.CERTIFIED_COPY_FILE).singleResult();
      return file != null && file.getValue() instanceof String value ? value : "";
    });
    if (key == null) {
      throw ApiException.notFound("Không có yêu cầu chứng thực mã " + code + ".");
    }
    byte[] pdf = key.isEmpty() ? null : read(key);
    if (pdf == null || !attestationOf(pdf, code)) {
      throw ApiException.notFound("Yêu cầu chứng thực " + code + " chưa có bản chứng thực đã ký số (chưa ký hoặc đã từ chối).");
    }
    return Downloads.attachment(pdf, "ban-sao-chung-thuc-" + code + ".pdf", PdfRenderer.MEDIA_TYPE);
  }

  private byte[] read(String key) {
    try {
      return files.exists(key) ? files.read(key) : null;
    } catch (RuntimeException e) {
      return null; // not a key of the store
    }
  }

  private static boolean attestationOf(byte[] pdf, String code) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return (TITLE + " " + CertifiedCopies.number(code)).equals(document.getDocumentInformation().getTitle());
    } catch (IOException e) {
      return false;
    }
  }
}
