package vn.gov.commune.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServiceUnavailable;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** Each client against a mock server: what it sends and how it reads the answers and the failures. */
class ClientsTest {

  static final String BASE = "http://national.test/api";
  static final String SHA = "a".repeat(64);

  MockRestServiceServer server;

  ServiceEndpoint endpoint(NationalService service) {
    RestClient.Builder builder = ServiceEndpoint.configure(RestClient.builder(), Duration.ofSeconds(1), Duration.ofSeconds(5));
    server = MockRestServiceServer.bindTo(builder).build();
    return new ServiceEndpoint(service, builder.build(), () -> BASE, Duration.ofSeconds(5));
  }

  @AfterEach
  void verify() {
    if (server != null) {
      server.verify();
    }
  }

  @Test
  void populationLookUpSendsTheXRoadHeadersAndReadsTheCitizen() {
    PopulationClient client = new PopulationClient(endpoint(NationalService.POPULATION), "COMMUNE");
    server
        .expect(requestTo(BASE + "/citizens/lookup"))
        .andExpect(method(HttpMethod.POST))
        .andExpect(header("X-Road-Client", "VN/GOV/000.00.31.H62/COMMUNE-WORKFLOW"))
        .andExpect(header("X-Road-Id", "000.00.31.H62-260213-0001"))
        .andExpect(jsonPath("$.personalId").value("062095001234"))
        .andRespond(
            withSuccess(
                """
                {"personalId":"062095001234","fullName":"Nguyễn Văn An","dateOfBirth":"1995-04-12","gender":"Nam",
                 "placeOfOrigin":"Kon Tum","permanentAddress":"Sa Thầy","ethnicity":"Kinh","nationality":"Việt Nam"}
                """,
                MediaType.APPLICATION_JSON));

    CitizenRecord citizen = client.lookUp("062095001234", "000.00.31.H62-260213-0001").orElseThrow();

    assertThat(citizen.fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(citizen.dateOfBirth()).isEqualTo(LocalDate.of(1995, 4, 12));
    assertThat(citizen.gender()).isEqualTo("Nam");
  }

  @Test
  void populationLookUpWithAGivenAgency() {
    PopulationClient client = new PopulationClient(endpoint(NationalService.POPULATION), "COMMUNE");
    server
        .expect(requestTo(BASE + "/citizens/lookup"))
        .andExpect(header("X-Road-Client", "VN/GOV/000.00.32.H62/COMMUNE-WORKFLOW"))
        .andExpect(header("X-Road-Id", "HS-1"))
        .andRespond(withResourceNotFound());

    assertThat(client.lookUp("062095001234", "HS-1", "000.00.32.H62")).isEmpty();
  }

  @Test
  void populationNotFoundIsEmptyAndAnInvalidIdIsNotSent() {
    PopulationClient client = new PopulationClient(endpoint(NationalService.POPULATION), "COMMUNE");
    server
        .expect(requestTo(BASE + "/citizens/lookup"))
        .andExpect(header("X-Road-Client", "VN/GOV/COMMUNE/COMMUNE-WORKFLOW"))
        .andRespond(withResourceNotFound().contentType(MediaType.APPLICATION_PROBLEM_JSON).body("{\"status\":404}"));

    assertThat(client.lookUp("062000000000", "no-dossier-code-form")).isEmpty();
    assertThat(client.lookUp("06209500123", "X-260213-0001")).isEmpty();
    assertThat(client.lookUp(null, "X-260213-0001")).isEmpty();
  }

  @Test
  void civilStatusLookUpSendsTheXRoadHeadersAndReadsTheRecords() {
    CivilStatusClient client = new CivilStatusClient(endpoint(NationalService.CIVIL_STATUS), "COMMUNE");
    server
        .expect(requestTo(BASE + "/persons/lookup"))
        .andExpect(method(HttpMethod.POST))
        .andExpect(header("X-Road-Client", "VN/GOV/000.00.31.H62/COMMUNE-WORKFLOW"))
        .andExpect(header("X-Road-Id", "000.00.31.H62-260302-0001"))
        .andExpect(jsonPath("$.personalId").value("062325004321"))
        .andRespond(
            withSuccess(
                """
                {"personalId":"062325004321","maritalStatus":"Chưa kết hôn",
                 "birth":{"extractNumber":"102/2025/TLKS","registeredOn":"2025-06-20","registeredAt":"UBND xã Sa Thầy",
                          "childName":"Nguyễn Bảo Ngọc","childDateOfBirth":"2025-06-10",
                          "fatherPersonalId":"062095001234","motherPersonalId":"062301005678"}}
                """,
                MediaType.APPLICATION_JSON));
    server.expect(requestTo(BASE + "/persons/lookup")).andRespond(withResourceNotFound());
    server.expect(requestTo(BASE + "/persons/lookup")).andRespond(withServiceUnavailable());

    CivilStatusRecord person = client.lookUp("062325004321", "000.00.31.H62-260302-0001").orElseThrow();
    assertThat(person.birth().extractNumber()).isEqualTo("102/2025/TLKS");
    assertThat(person.birth().childDateOfBirth()).isEqualTo(LocalDate.of(2025, 6, 10));
    assertThat(person.marriages()).isEmpty();
    assertThat(client.lookUp("062000000000", "000.00.31.H62-260302-0001")).isEmpty();
    assertThat(client.lookUp("0623", "000.00.31.H62-260302-0001")).isEmpty(); // not sent
    assertThatThrownBy(() -> client.lookUp("062095001234", "000.00.31.H62-260302-0001"))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("Cơ sở dữ liệu hộ tịch điện tử");
  }

  @Test
  void populationUnavailableIsAnIntegrationExceptionNamingTheService() {
    PopulationClient client = new PopulationClient(endpoint(NationalService.POPULATION), "COMMUNE");
    server.expect(requestTo(BASE + "/citizens/lookup")).andRespond(withServiceUnavailable());

    assertThatThrownBy(() -> client.lookUp("062095001234", "X-260213-0001"))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("Cơ sở dữ liệu quốc gia về dân cư")
        .hasMessageContaining("HTTP 503")
        .satisfies(e -> {
          assertThat(((IntegrationException) e).status()).isEqualTo(503);
          assertThat(((IntegrationException) e).service()).isEqualTo(NationalService.POPULATION);
        });
  }

  @Test
  void agencyIsReadFromTheDossierCode() {
    assertThat(PopulationClient.agencyOf("000.00.31.H62-260213-0042", "X")).isEqualTo("000.00.31.H62");
    assertThat(PopulationClient.agencyOf("HS-1", "X")).isEqualTo("X");
    assertThat(PopulationClient.agencyOf(null, "X")).isEqualTo("X");
  }

  @Test
  void dvcqgSyncSendsTheStatusWithItsIdempotencyKey() {
    DvcqgClient client = new DvcqgClient(endpoint(NationalService.DVCQG));
    server
        .expect(requestTo(BASE + "/dossiers/000.00.31.H62-260213-0001/status"))
        .andExpect(method(HttpMethod.POST))
        .andExpect(header(ServiceEndpoint.IDEMPOTENCY_KEY, "000.00.31.H62-260213-0001:status:2"))
        .andExpect(jsonPath("$.statusCode").value(2))
        .andExpect(jsonPath("$.statusName").value("Được tiếp nhận"))
        .andExpect(jsonPath("$.changedAt").value("2026-02-13T03:00:00Z"))
        .andExpect(jsonPath("$.sequence").value(2))
        .andRespond(
            withSuccess(
                "{\"dossierCode\":\"000.00.31.H62-260213-0001\",\"sequence\":2,\"receivedAt\":\"2026-02-13T03:00:01Z\"}",
                MediaType.APPLICATION_JSON));

    client.syncStatus(
        new StatusSync(
            "000.00.31.H62-260213-0001", "000.00.31.H62", "1.001193", 2, "Được tiếp nhận",
            Instant.parse("2026-02-13T03:00:00Z"), 2, null),
        "000.00.31.H62-260213-0001:status:2");
  }

  @Test
  void dvcqgRefusalIsAnIntegrationExceptionWithItsStatus() {
    DvcqgClient client = new DvcqgClient(endpoint(NationalService.DVCQG));
    server.expect(requestTo(BASE + "/dossiers/HS-1/status")).andRespond(withStatus(HttpStatus.BAD_REQUEST));

    assertThatThrownBy(
            () -> client.syncStatus(new StatusSync("HS-1", "A", "P", 4, "Đang xử lý", Instant.now(), 3, ""), "HS-1:s"))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("Cổng Dịch vụ công quốc gia từ chối yêu cầu (HTTP 400)");
  }

  @Test
  void clientsRefuseCallsWithoutIdempotencyKey() {
    DvcqgClient client = new DvcqgClient(endpoint(NationalService.DVCQG));
    server.expect(ExpectedCount.never(), requestTo(BASE + "/dossiers/HS-1/status"));
    assertThatThrownBy(
            () -> client.syncStatus(new StatusSync("HS-1", "A", "P", 4, "Đang xử lý", Instant.now(), 3, ""), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> client.syncStatus(new StatusSync("HS-1", "A", "P", 11, "?", Instant.now(), 3, ""), "HS-1:s"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void paymentRequestOpensAPayment() {
    PaymentClient client = new PaymentClient(endpoint(NationalService.PAYMENT));
    server
        .expect(requestTo(BASE + "/payments"))
        .andExpect(header(ServiceEndpoint.IDEMPOTENCY_KEY, "HS-1:payment"))
        .andExpect(jsonPath("$.dossierCode").value("HS-1"))
        .andExpect(jsonPath("$.amount").value(16000))
        .andExpect(jsonPath("$.description").value("Lệ phí cấp bản sao trích lục"))
        .andRespond(
            withSuccess("{\"paymentId\":\"TT-1\",\"payUrl\":\"http://pay.test/TT-1\"}", MediaType.APPLICATION_JSON));

    PaymentRequest request = client.requestPayment("HS-1", 16_000, "Lệ phí cấp bản sao trích lục", "HS-1:payment");

    assertThat(request).isEqualTo(new PaymentRequest("TT-1", "http://pay.test/TT-1"));
  }

  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @Test
  void dataStoreKeepsTheResult() {
    DataStoreClient client = new DataStoreClient(endpoint(NationalService.DATASTORE));
    server
        .expect(requestTo(BASE + "/documents"))
        .andExpect(header(ServiceEndpoint.IDEMPOTENCY_KEY, "HS-1:datastore"))
        .andExpect(
            content()
                .json(
                    "{\"personalId\":\"062095001234\",\"dossierCode\":\"HS-1\",\"title\":\"Trích lục khai sinh\","
                        + "\"sha256\":\"" + vn.gov.commune.shared.Hashes.sha256Hex(PDF) + "\",\"signatureId\":\"CK-1\","
                        + "\"fileName\":\"ket-qua.pdf\",\"mediaType\":\"application/pdf\","
                        + "\"content\":\"" + java.util.Base64.getEncoder().encodeToString(PDF) + "\"}"))
        .andRespond(withSuccess("{\"storedId\":\"KQ-1\"}", MediaType.APPLICATION_JSON));

    assertThat(client.storeResult("062095001234", "HS-1", "Trích lục khai sinh", "ket-qua.pdf", "application/pdf", PDF, "CK-1", "HS-1:datastore"))
        .isEqualTo("KQ-1");
  }

  @Test
  void dataStoreAnswerWithoutIdIsAnError() {
    DataStoreClient client = new DataStoreClient(endpoint(NationalService.DATASTORE));
    server.expect(requestTo(BASE + "/documents")).andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

    assertThatThrownBy(() -> client.storeResult("062095001234", "HS-1", "T", "ket-qua.pdf", "application/pdf", PDF, "CK-1", "HS-1:datastore"))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("Kho quản lý dữ liệu điện tử");
  }

  @Test
  void vneidNotifies() {
    VneidClient client = new VneidClient(endpoint(NationalService.VNEID));
    server
        .expect(requestTo(BASE + "/notifications"))
        .andExpect(header(ServiceEndpoint.IDEMPOTENCY_KEY, "HS-1:notify-result"))
        .andExpect(jsonPath("$.title").value("Đã có kết quả"))
        .andExpect(jsonPath("$.message").value("Hồ sơ HS-1 đã có kết quả."))
        .andRespond(withSuccess("{\"notificationId\":\"TB-1\"}", MediaType.APPLICATION_JSON));

    client.notify("062095001234", "HS-1", "Đã có kết quả", "Hồ sơ HS-1 đã có kết quả.", "HS-1:notify-result");
  }

  @Test
  void signingReturnsTheSignature() {
    SigningClient client = new SigningClient(endpoint(NationalService.SIGNING));
    server
        .expect(requestTo(BASE + "/signatures"))
        .andExpect(header(ServiceEndpoint.IDEMPOTENCY_KEY, "HS-1:sign"))
        .andExpect(jsonPath("$.signerUserId").value("sathay.leader"))
        .andExpect(jsonPath("$.signerName").value("Trần Văn Lãnh"))
        .andExpect(jsonPath("$.signerCommune").value("Xã Sa Thầy"))
        .andExpect(jsonPath("$.documentSha256").value(SHA))
        .andRespond(
            withSuccess(
                "{\"signatureId\":\"CK-1\",\"signedAt\":\"2026-02-13T08:00:00Z\",\"certificateSerial\":\"5404AB\",\"cms\":\"MAo=\"}",
                MediaType.APPLICATION_JSON));

    Signature signature = client.sign(new SigningRequest("HS-1", "sathay.leader", "Trần Văn Lãnh", "Xã Sa Thầy", SHA), "HS-1:sign");
    assertThat(signature).isEqualTo(new Signature("CK-1", Instant.parse("2026-02-13T08:00:00Z"), "5404AB", "MAo="));
    assertThat(signature.cmsBytes()).containsExactly(0x30, 0x0A);
  }

  @Test
  void lgspSendsAConsultation() {
    LgspClient client = new LgspClient(endpoint(NationalService.LGSP));
    server
        .expect(requestTo(BASE + "/consultations"))
        .andExpect(header(ServiceEndpoint.IDEMPOTENCY_KEY, "HS-1:consultation-1"))
        .andExpect(jsonPath("$.agency").value("Công an xã Sa Thầy"))
        .andExpect(jsonPath("$.question").value("Đề nghị xác nhận nơi thường trú."))
        .andRespond(withSuccess("{\"consultationId\":\"XYK-1\"}", MediaType.APPLICATION_JSON));

    assertThat(client.sendConsultation("HS-1", "Công an xã Sa Thầy", "Đề nghị xác nhận nơi thường trú.", "HS-1:consultation-1"))
        .isEqualTo("XYK-1");
  }

  @Test
  void anUnreadableAnswerIsAnIntegrationException() {
    SigningClient client = new SigningClient(endpoint(NationalService.SIGNING));
    server.expect(requestTo(BASE + "/signatures")).andRespond(withSuccess("<html>", MediaType.APPLICATION_JSON));

    assertThatThrownBy(() -> client.sign(new SigningRequest("HS-1", "u", "U", "Xã Sa Thầy", SHA), "HS-1:sign"))
        .isInstanceOf(IntegrationException.class)
        .hasMessageContaining("Dịch vụ ký số");
  }
}
