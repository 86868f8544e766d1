package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.gov.commune.digitisation.TestFiles;
import vn.gov.commune.support.IntegrationTest;

/**
 * {@code POST /api/signatures/verify} reads a file a person uploads: it gets the same content
 * screening as a digitised file (real type from the bytes, size, hostile PDFs) before any signature
 * is looked at, and a refused file gets a Vietnamese 4xx with the refusal reason. A well-formed PDF
 * without a signature is still answered (not signed).
 */
@IntegrationTest
class SignatureUploadScreeningTest {

  @Autowired TestRestTemplate rest;

  private ResponseEntity<Map> verify(String fileName, byte[] file) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(file) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = DossierTestSupport.basic("sathay.clerk");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange("/api/signatures/verify", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  @Test
  void aFileNamedPdfWhoseContentIsSomethingElseIsRefusedAs415() {
    // a web page that carries the PDF header inside its first kilobyte: it is not a PDF
    byte[] page = ("<!DOCTYPE html><html><body><p>Kết quả giải quyết</p><!-- %PDF-1.7 --><script>alert(1)</script></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    ResponseEntity<Map> answer = verify("ket-qua.pdf", page);
    assertThat(answer.getStatusCode().value()).isEqualTo(415);
    assertThat(answer.getBody()).containsEntry("reason", "DISGUISED");
    assertThat((String) answer.getBody().get("detail")).contains("\"ket-qua.pdf\"", "mang tên hoặc khai báo là PDF", "nội dung thực là");

    ResponseEntity<Map> text = verify("ket-qua.pdf", "xin chào".getBytes(StandardCharsets.UTF_8));
    assertThat(text.getStatusCode().value()).isEqualTo(415);
    assertThat(text.getBody()).containsEntry("reason", "DISGUISED");
  }

  @Test
  void aHostilePdfIsRefusedBeforeItsSignatureIsRead() {
    ResponseEntity<Map> script = verify("ket-qua.pdf", TestFiles.pdfOpeningWithJavaScript("Kết quả", "app.alert('x')"));
    assertThat(script.getStatusCode().value()).isEqualTo(400);
    assertThat(script.getBody()).containsEntry("reason", "ACTIVE_CONTENT");

    ResponseEntity<Map> bomb = verify("ket-qua.pdf", TestFiles.pdfBomb(400L * 1024 * 1024));
    assertThat(bomb.getStatusCode().value()).isEqualTo(400);
    assertThat(bomb.getBody()).containsEntry("reason", "ZIP_BOMB");

    ResponseEntity<Map> encrypted = verify("ket-qua.pdf", TestFiles.encryptedPdf("Kết quả"));
    assertThat(encrypted.getStatusCode().value()).isEqualTo(400);
    assertThat(encrypted.getBody()).containsEntry("reason", "ENCRYPTED");
  }

  @Test
  void aPlainPdfIsStillCheckedAndAnEmptyUploadIsRefused() {
    ResponseEntity<Map> unsigned = verify("ket-qua.pdf", TestFiles.pdf("Kết quả giải quyết thủ tục hành chính"));
    assertThat(unsigned.getStatusCode().value()).isEqualTo(200);
    assertThat(unsigned.getBody()).containsEntry("valid", false);

    ResponseEntity<Map> empty = verify("ket-qua.pdf", new byte[0]);
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
    assertThat((String) empty.getBody().get("detail")).isEqualTo("Thiếu tệp PDF cần kiểm tra chữ ký số (trường 'file').");
  }
}
