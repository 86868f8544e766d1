package vn.gov.commune.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.digitisation.TestFiles;
import vn.gov.commune.dossier.DossierRepository;
import vn.gov.commune.support.IntegrationTest;

/**
 * The simulated national services authenticate their callers as the real ones would: each calling
 * system holds a client id and secret per service ({@code X-Client-Id}, {@code X-Client-Secret}).
 * Anonymous or wrong credentials get 401 and change nothing.
 */
@IntegrationTest
class SimulatorCredentialsTest {

  /** The demo operator, acting as citizens on the portal (application-simulators.yaml). */
  static final String DEMO_ID = "demo";
  static final String DEMO_SECRET = "demo";

  @Autowired TestRestTemplate rest;
  @Autowired PopulationSimulator population;
  @Autowired DvcqgSimulator dvcqg;
  @Autowired DossierRepository dossiers;
  String caseId;

  @BeforeEach
  void setUp() {
    caseId = "000.00.31.H62-991231-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  private static HttpHeaders credential(String clientId, String secret) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (clientId != null) {
      headers.set("X-Client-Id", clientId);
      headers.set("X-Client-Secret", secret);
    }
    return headers;
  }

  private ResponseEntity<JsonNode> lookUp(String clientId, String secret) {
    HttpHeaders headers = credential(clientId, secret);
    headers.set("X-Road-Client", "VN/GOV/000.00.31.H62/COMMUNE-WORKFLOW");
    headers.set("X-Road-Id", caseId);
    return rest.exchange(
        "/sim/population/citizens/lookup",
        HttpMethod.POST,
        new HttpEntity<>("{\"personalId\":\"062095001234\"}", headers),
        JsonNode.class);
  }

  private ResponseEntity<JsonNode> fileOnThePortal(String clientId, String secret, String key) {
    HttpHeaders headers = credential(clientId, secret);
    headers.set("Idempotency-Key", key);
    String pdf = Base64.getEncoder().encodeToString(TestFiles.pdf("Tờ khai đăng ký khai sinh"));
    String submission =
        """
        {"application":{"procedureCode":"1.001193","receivingCommuneId":"sa-thay","channel":"ONLINE",
          "applicant":{"personalId":"062095001234","fullName":"Nguyễn Văn An","phone":"0905123456"},
          "copies":1,"pages":1},
         "files":[{"component":"TO_KHAI","fileName":"to-khai.pdf","contentType":"application/pdf","contentBase64":"%s"},
                  {"component":"GIAY_CHUNG_SINH","fileName":"giay-chung-sinh.pdf","contentType":"application/pdf","contentBase64":"%s"}]}
        """
            .formatted(pdf, pdf);
    return rest.exchange("/sim/dvcqg/submissions", HttpMethod.POST, new HttpEntity<>(submission, headers), JsonNode.class);
  }

  private static void assertUnauthorized(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody().get("status").asInt()).isEqualTo(401);
    assertThat(response.getBody().get("detail").asText()).contains("X-Client-Id").contains("X-Client-Secret");
  }

  private long lookUpsOfThisCase() {
    return population.lookups().stream().filter(l -> l.dossierCode().equals(caseId)).count();
  }

  @Test
  void anonymousCallerGetsNoCitizenRecordFromThePopulationSimulator() {
    ResponseEntity<JsonNode> anonymous = lookUp(null, null);

    assertUnauthorized(anonymous);
    assertThat(anonymous.getBody().toString()).doesNotContain("Nguyễn Văn An").doesNotContain("1995");
    assertThat(lookUpsOfThisCase()).isZero();
  }

  @Test
  void aWrongSecretOrAnotherServicesCredentialGetsNoCitizenRecord() {
    assertUnauthorized(lookUp(DEMO_ID, "not-the-secret"));
    assertUnauthorized(lookUp("unknown-system", DEMO_SECRET));
    assertUnauthorized(lookUp(DEMO_ID, ""));
    // the product's credential for the portal is not its credential for the population database
    assertUnauthorized(lookUp("commune-workflow", "sim-dvcqg-commune-workflow"));
    assertThat(lookUpsOfThisCase()).isZero();
  }

  @Test
  void anonymousOrWrongCredentialCannotFileADossierThroughThePortal() {
    int before = dvcqg.submissions().size();
    String anonymousKey = UUID.randomUUID().toString();
    String wrongKey = UUID.randomUUID().toString();

    assertUnauthorized(fileOnThePortal(null, null, anonymousKey));
    assertUnauthorized(fileOnThePortal(DEMO_ID, "guess", wrongKey));

    assertThat(dvcqg.submissions()).hasSize(before);
    assertThat(dossiers.findBySubmittedByAndIdempotencyKey("portal", anonymousKey)).isEmpty();
    assertThat(dossiers.findBySubmittedByAndIdempotencyKey("portal", wrongKey)).isEmpty();
  }

  @Test
  void theRightCredentialLooksUpACitizenAndFilesADossier() {
    ResponseEntity<JsonNode> found = lookUp(DEMO_ID, DEMO_SECRET);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getBody().get("fullName").asText()).isEqualTo("Nguyễn Văn An");
    assertThat(lookUpsOfThisCase()).isEqualTo(1);

    String key = UUID.randomUUID().toString();
    ResponseEntity<JsonNode> filed = fileOnThePortal(DEMO_ID, DEMO_SECRET, key);
    assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(dossiers.findBySubmittedByAndIdempotencyKey("portal", key)).isPresent();
  }
}
