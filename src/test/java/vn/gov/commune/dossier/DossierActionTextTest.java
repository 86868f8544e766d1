package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The citizen's free text on a dossier action (a withdrawal reason, a consultation answer) is bounded
 * and cleaned like the application's: too long or holding invisible characters → 400 in Vietnamese,
 * and the dossier does not move; a note of several lines is fine.
 */
class DossierActionTextTest extends DossierHttpTest {

  private ResponseEntity<Map> post(String code, String action, Map<String, String> body) {
    HttpHeaders headers = DossierTestSupport.basic("portal");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/api/dossiers/" + code + "/" + action, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }

  @Test
  void anOverlongOrInvisibleWithdrawalReasonIsRefusedAndTheDossierStays() {
    String code = flow.submitOnline("1.001193", Map.of("TO_KHAI", DossierTestSupport.PDF, "GIAY_CHUNG_SINH", DossierTestSupport.PDF));
    flow.runJobs();
    DossierStatus before = dossiers.findByCode(code).orElseThrow().getStatus();
    int historyBefore = history.findByDossierCodeOrderById(code).size();

    ResponseEntity<Map> tooLong = post(code, "withdraw", Map.of("reason", "x".repeat(5000)));
    assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    assertThat((String) tooLong.getBody().get("detail")).contains("Lý do rút hồ sơ dài quá 2000 ký tự");

    ResponseEntity<Map> hidden = post(code, "withdraw", Map.of("reason", "Không còn nhu cầu\u202Eabc"));
    assertThat(hidden.getStatusCode().value()).isEqualTo(400);
    assertThat((String) hidden.getBody().get("detail")).contains("ký tự ẩn");

    flow.runJobs();
    assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(before);
    assertThat(history.findByDossierCodeOrderById(code)).hasSize(historyBefore);

    ResponseEntity<Map> twoLines = post(code, "withdraw", Map.of("reason", "Không còn nhu cầu.\nSẽ nộp lại sau."));
    assertThat(twoLines.getStatusCode().value()).isEqualTo(200);
    flow.runJobs();
    assertThat(dossiers.findByCode(code).orElseThrow().getStatus()).isEqualTo(DossierStatus.STOPPED);
  }

  @Test
  void anOverlongConsultationAnswerIsRefused() {
    String code = flow.submitOnline("1.001193", Map.of("TO_KHAI", DossierTestSupport.PDF, "GIAY_CHUNG_SINH", DossierTestSupport.PDF));
    int historyBefore = history.findByDossierCodeOrderById(code).size();
    ResponseEntity<Map> answer = post(code, "consultation-answer", Map.of("agency", "Công an xã", "answer", "ý kiến ".repeat(1000)));
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat((String) answer.getBody().get("detail")).contains("Nội dung trả lời dài quá");
    assertThat(history.findByDossierCodeOrderById(code)).hasSize(historyBefore);
  }
}
