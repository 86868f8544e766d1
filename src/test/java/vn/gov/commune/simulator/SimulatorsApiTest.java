package vn.gov.commune.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.integration.CitizenRecord;
import vn.gov.commune.integration.DataStoreClient;
import vn.gov.commune.integration.DvcqgClient;
import vn.gov.commune.integration.IntegrationException;
import vn.gov.commune.integration.LgspClient;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.PaymentClient;
import vn.gov.commune.integration.PaymentRequest;
import vn.gov.commune.integration.PopulationClient;
import vn.gov.commune.integration.Signature;
import vn.gov.commune.integration.SigningClient;
import vn.gov.commune.integration.StatusSync;
import vn.gov.commune.integration.VneidClient;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/**
 * Every client against its simulator over real HTTP on the application's port, and the
 * administrators' fault switches. Needs profile {@code simulators} in the test profile group.
 */
@IntegrationTest
class SimulatorsApiTest {

  static final String SHA = "c".repeat(64);

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;
  @Autowired SimulatorFaults faults;
  @Autowired PopulationClient population;
  @Autowired DvcqgClient dvcqg;
  @Autowired PaymentClient payment;
  @Autowired DataStoreClient dataStore;
  @Autowired VneidClient vneid;
  @Autowired SigningClient signing;
  @Autowired LgspClient lgsp;
  @Autowired DvcqgSimulator dvcqgSimulator;
  @Autowired PopulationSimulator populationSimulator;
  @Autowired PaymentSimulator paymentSimulator;
  @Autowired DataStoreSimulator dataStoreSimulator;
  @Autowired VneidSimulator vneidSimulator;
  @Autowired SigningSimulator signingSimulator;
  @Autowired LgspSimulator lgspSimulator;
  Http http;
  String code;

  @BeforeEach
  void setUp() {
    http = new Http(rest);
    // a code no other test uses: the simulators are shared by the whole test context
    code = "000.00.31.H62-991231-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  @AfterEach
  void restoreFaults() {
    faults.reset();
  }

  @Test
  void populationLookUpOverHttp() {
    CitizenRecord an = population.lookUp("062095001234", code).orElseThrow();
    assertThat(an.fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(an.dateOfBirth().getYear()).isEqualTo(1995);
    assertThat(population.lookUp("062999000001", code)).isEmpty();
    assertThat(populationSimulator.lookups())
        .filteredOn(l -> l.dossierCode().equals(code))
        .extracting(PersonLookups.Lookup::client)
        .containsOnly("VN/GOV/000.00.31.H62/COMMUNE-WORKFLOW");
  }

  @Test
  void statusSyncOverHttpIsStoredOnceForARepeatedKey() {
    StatusSync sync =
        new StatusSync(code, "000.00.31.H62", "1.001193", 2, "Được tiếp nhận", Instant.parse("2026-02-13T03:00:00Z"), 1, null);
    dvcqg.syncStatus(sync, code + ":status:1");
    dvcqg.syncStatus(sync, code + ":status:1");
    assertThat(dvcqgSimulator.statusSyncs(code)).containsExactly(sync);
    HttpHeaders demo = new HttpHeaders();
    demo.set("X-Client-Id", SimulatorCredentialsTest.DEMO_ID);
    demo.set("X-Client-Secret", SimulatorCredentialsTest.DEMO_SECRET);
    JsonNode latest =
        rest.exchange("/sim/dvcqg/dossiers/" + code, HttpMethod.GET, new HttpEntity<>(demo), JsonNode.class).getBody();
    assertThat(latest.get("statusName").asText()).isEqualTo("Được tiếp nhận");
    assertThat(latest.get("changedAt").asText()).isEqualTo("2026-02-13T03:00:00Z");
  }

  @Test
  void theOtherServicesOverHttp() {
    PaymentRequest request = payment.requestPayment(code, 8_000, "Lệ phí cấp bản sao trích lục hộ tịch", code + ":payment");
    assertThat(request.payUrl()).isEqualTo("http://localhost:" + port + "/sim/payment/payments/" + request.paymentId());
    assertThat(payment.requestPayment(code, 8_000, "Lệ phí cấp bản sao trích lục hộ tịch", code + ":payment")).isEqualTo(request);
    // the same key for another payment is refused, not answered with the first one
    assertThatThrownBy(() -> payment.requestPayment(code, 8_000, "x", code + ":payment"))
        .isInstanceOfSatisfying(IntegrationException.class, e -> assertThat(e.status()).isEqualTo(422));
    assertThat(paymentSimulator.paymentsFor(code)).hasSize(1);

    Signature signature = signing.sign(
        new vn.gov.commune.integration.SigningRequest(code, "sathay.leader", "Trần Văn Lãnh", "Xã Sa Thầy", SHA), code + ":sign");
    assertThat(signature.certificateSerial()).isNotBlank();
    assertThat(signature.cmsBytes()).hasSizeGreaterThan(1000);
    assertThat(signing.rootCertificate()).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(signingSimulator.signaturesFor(code)).hasSize(1);

    byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String stored = dataStore.storeResult(
        "062301005678", code, "Trích lục khai sinh", "ket-qua.pdf", "application/pdf", pdf, signature.signatureId(), code + ":datastore");
    assertThat(stored).startsWith("KQ-");
    assertThat(dataStoreSimulator.documents()).filteredOn(d -> d.document().dossierCode().equals(code))
        .singleElement().satisfies(d -> assertThat(DataStoreSimulator.content(d.document())).isEqualTo(pdf));
    // a DOCX (or anything not a PDF) is not an electronic result
    assertThatThrownBy(() -> dataStore.storeResult("062301005678", code, "T", "ket-qua.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004".getBytes(), null, code + ":docx"))
        .isInstanceOfSatisfying(IntegrationException.class, e -> assertThat(e.status()).isEqualTo(400));

    vneid.notify("062301005678", code, "Đã có kết quả", "Hồ sơ " + code + " đã có kết quả.", code + ":notify");
    assertThat(vneidSimulator.notifications()).filteredOn(n -> n.notification().dossierCode().equals(code)).hasSize(1);

    String consultation = lgsp.sendConsultation(code, "Công an xã Sa Thầy", "Đề nghị xác nhận nơi cư trú.", code + ":consultation-1");
    assertThat(lgspSimulator.consultationsFor(code)).extracting(LgspSimulator.Consultation::consultationId).containsExactly(consultation);
  }

  @Test
  void anAdministratorMakesASimulatorFailAndAClerkMayNot() {
    String url = "/api/admin/simulators/vneid";
    assertThat(http.get("sathay.clerk", url, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.send(HttpMethod.PUT, "sathay.clerk", url, new SimulatorAdminController.FaultChange(null, true), JsonNode.class)
            .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.get(null, null, url, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    JsonNode state = http.get("demo", url, JsonNode.class).getBody();
    assertThat(state.get("failing").asBoolean()).isFalse();
    assertThat(state.get("name").asText()).isEqualTo(NationalService.VNEID.displayName());

    ResponseEntity<JsonNode> changed =
        http.send(HttpMethod.PUT, "demo", url, new SimulatorAdminController.FaultChange(0L, true), JsonNode.class);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(changed.getBody().get("failing").asBoolean()).isTrue();
    assertThatThrownBy(() -> vneid.notify("062301005678", code, "T", "M", code + ":notify"))
        .isInstanceOfSatisfying(IntegrationException.class, e -> assertThat(e.status()).isEqualTo(503))
        .hasMessageContaining("Ứng dụng định danh điện tử VNeID đang gặp sự cố");

    ResponseEntity<JsonNode> unknown = http.get("demo", "/api/admin/simulators/weather", JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("detail").asText()).contains("Không có dịch vụ mô phỏng");

    assertThat(http.send(HttpMethod.POST, "sathay.clerk", "/api/admin/simulators/reset", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> reset = http.send(HttpMethod.POST, "demo", "/api/admin/simulators/reset", null, JsonNode.class);
    assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(reset.getBody().findValuesAsText("failing")).containsOnly("false");
    vneid.notify("062301005678", code, "T", "M", code + ":notify");
  }
}
