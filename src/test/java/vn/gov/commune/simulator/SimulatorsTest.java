package vn.gov.commune.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.ServiceEndpoint;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.ApiExceptionHandler;

/**
 * The simulators through Spring MVC without the application (only their answers' table, in an
 * embedded database): idempotency, checks, fault switches, call-backs.
 */
@DataJpaTest(showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SimulatorsTest {

  static final String SHA = "b".repeat(64);
  static final String PORTAL_AUTH = "Basic cG9ydGFsOnBvcnRhbA=="; // portal:portal

  final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
  final Clock clock = Clock.fixed(Instant.parse("2026-02-13T03:00:00Z"), ZoneOffset.UTC);

  @Autowired SimulatorAnswerRepository answerRepository;
  MockRestServiceServer product;
  SimulatorFaults faults;
  DvcqgSimulator dvcqg;
  PopulationSimulator population;
  PaymentSimulator payment;
  DataStoreSimulator datastore;
  VneidSimulator vneid;
  SigningSimulator signing;
  LgspSimulator lgsp;
  SimulatorAdminController admin;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = ServiceEndpoint.configure(RestClient.builder(), Duration.ofSeconds(1), Duration.ofSeconds(5));
    product = MockRestServiceServer.bindTo(builder).build();
    ProductClient productClient = new ProductClient(builder, () -> "http://product.test", "portal", "portal");
    faults = new SimulatorFaults(SimulatorProperties.defaults());
    answerRepository.deleteAll();
    IdempotentAnswers answers = answers();
    dvcqg = new DvcqgSimulator(productClient, clock, json, answers);
    population = new PopulationSimulator(clock);
    payment = new PaymentSimulator(productClient, clock, answers);
    datastore = new DataStoreSimulator(clock, answers);
    vneid = new VneidSimulator(clock, answers);
    signing = new SigningSimulator(clock, answers, new DemoCertificateAuthority(
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "simulators-test-ca", "demo-ca.p12")));
    lgsp = new LgspSimulator(productClient, clock, answers);
    admin = new SimulatorAdminController(faults, List.of(dvcqg, population, payment, datastore, vneid, signing, lgsp));
    mvc =
        MockMvcBuilders.standaloneSetup(dvcqg, population, payment, datastore, vneid, signing, lgsp)
            .setControllerAdvice(new ApiExceptionHandler())
            .setMessageConverters(new org.springframework.http.converter.json.MappingJackson2HttpMessageConverter(bootJson()))
            .addMappedInterceptors(new String[] {"/sim/**"}, new SimulatorFaultInterceptor(faults))
            .build();
  }

  /** As Spring Boot configures Jackson: dates as ISO-8601 text. */
  private ObjectMapper bootJson() {
    return json.copy().disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** A new store over the same table, as after a restart. */
  private IdempotentAnswers answers() {
    return new IdempotentAnswers(answerRepository, bootJson(), clock);
  }

  private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private MockHttpServletResponse postJson(String url, String key, Object body) throws Exception {
    MockHttpServletRequestBuilder request =
        post(url).contentType(MediaType.APPLICATION_JSON).content(body instanceof String s ? s : json.writeValueAsString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return call(request);
  }

  private JsonNode body(MockHttpServletResponse response) throws Exception {
    return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private static String status(String code, int statusCode, int sequence) {
    return """
        {"dossierCode":"%s","agencyCode":"000.00.31.H62","procedureCode":"1.001193","statusCode":%d,
         "statusName":"Được tiếp nhận","changedAt":"2026-02-13T03:00:00Z","sequence":%d,"note":null}
        """.formatted(code, statusCode, sequence);
  }

  @Test
  void aRepeatedStatusSyncIsAnsweredOnceAndStoredOnce() throws Exception {
    String url = "/sim/dvcqg/dossiers/HS-1/status";
    MockHttpServletResponse first = postJson(url, "HS-1:status:1", status("HS-1", 2, 1));
    MockHttpServletResponse again = postJson(url, "HS-1:status:1", status("HS-1", 2, 1));

    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(dvcqg.statusSyncs("HS-1")).hasSize(1);

    assertThat(postJson(url, "HS-1:status:3", status("HS-1", 9, 3)).getStatus()).isEqualTo(200);
    assertThat(postJson(url, "HS-1:status:2", status("HS-1", 4, 2)).getStatus()).isEqualTo(200); // arrives late
    assertThat(dvcqg.statusSyncs("HS-1")).extracting("sequence").containsExactly(1, 3, 2);
    assertThat(body(call(get("/sim/dvcqg/dossiers/HS-1"))).get("statusCode").asInt()).isEqualTo(9);
    assertThat(call(get("/sim/dvcqg/dossiers/HS-9")).getStatus()).isEqualTo(404);
  }

  @Test
  void aStatusSyncWithoutKeyOrWithABadStatusIsRefusedAndNotStored() throws Exception {
    MockHttpServletResponse noKey = postJson("/sim/dvcqg/dossiers/HS-1/status", null, status("HS-1", 2, 1));
    assertThat(noKey.getStatus()).isEqualTo(400);
    assertThat(body(noKey).get("detail").asText()).contains("Idempotency-Key");

    assertThat(postJson("/sim/dvcqg/dossiers/HS-1/status", "HS-1:s:1", status("HS-1", 11, 1)).getStatus()).isEqualTo(400);
    assertThat(postJson("/sim/dvcqg/dossiers/HS-1/status", "HS-1:s:1", status("HS-2", 2, 1)).getStatus()).isEqualTo(400);
    assertThat(dvcqg.statusSyncs("HS-1")).isEmpty();
    // a refused call stores no answer: the same key can be used again
    assertThat(postJson("/sim/dvcqg/dossiers/HS-1/status", "HS-1:s:1", status("HS-1", 2, 1)).getStatus()).isEqualTo(200);
    assertThat(dvcqg.statusSyncs("HS-1")).hasSize(1);
  }

  @Test
  void theSameKeyWithAnotherStatusIsRefusedAndStoresNothing() throws Exception {
    String url = "/sim/dvcqg/dossiers/HS-1/status";
    assertThat(postJson(url, "HS-1:status:1", status("HS-1", 2, 1)).getStatus()).isEqualTo(200);

    MockHttpServletResponse other = postJson(url, "HS-1:status:1", status("HS-1", 4, 1));

    assertThat(other.getStatus()).isEqualTo(422);
    assertThat(body(other).get("detail").asText()).contains("Idempotency-Key 'HS-1:status:1'").contains("yêu cầu khác");
    assertThat(dvcqg.statusSyncs("HS-1")).extracting("statusCode").containsExactly(2);
  }

  @Test
  void aStatusRepeatedToANewSimulatorIsStillAnsweredOnce() throws Exception {
    String url = "/sim/dvcqg/dossiers/HS-1/status";
    MockHttpServletResponse first = postJson(url, "HS-1:status:1", status("HS-1", 2, 1));
    // a new portal over the same table, as after a restart: nothing of the first one's memory is left
    DvcqgSimulator restarted = new DvcqgSimulator(null, Clock.offset(clock, Duration.ofHours(1)), json, answers());
    MockMvc after =
        MockMvcBuilders.standaloneSetup(restarted)
            .setControllerAdvice(new ApiExceptionHandler())
            .setMessageConverters(new org.springframework.http.converter.json.MappingJackson2HttpMessageConverter(bootJson()))
            .build();

    MockHttpServletResponse again =
        after
            .perform(post(url).header("Idempotency-Key", "HS-1:status:1").contentType(MediaType.APPLICATION_JSON).content(status("HS-1", 2, 1)))
            .andReturn()
            .getResponse();

    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(body(again).get("receivedAt")).isEqualTo(body(first).get("receivedAt"));
    assertThat(restarted.statusSyncs("HS-1")).hasSize(1);
  }

  @Test
  void populationNeedsTheXRoadHeadersAndKnowsTheDemoCitizens() throws Exception {
    String lookup = "{\"personalId\":\"062095001234\"}";
    MockHttpServletResponse anonymous =
        call(post("/sim/population/citizens/lookup").contentType(MediaType.APPLICATION_JSON).content(lookup));
    assertThat(anonymous.getStatus()).isEqualTo(400);
    assertThat(body(anonymous).get("detail").asText()).contains("X-Road-Client");
    MockHttpServletResponse noCase =
        call(post("/sim/population/citizens/lookup").header("X-Road-Client", "VN/GOV/000.00.31.H62/COMMUNE-WORKFLOW")
            .contentType(MediaType.APPLICATION_JSON).content(lookup));
    assertThat(noCase.getStatus()).isEqualTo(400);
    assertThat(body(noCase).get("detail").asText()).contains("X-Road-Id");

    MockHttpServletResponse found = lookUp("062095001234");
    assertThat(found.getStatus()).isEqualTo(200);
    JsonNode citizen = body(found);
    assertThat(citizen.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
    assertThat(citizen.get("dateOfBirth").asText()).isEqualTo("1995-04-12");
    assertThat(citizen.get("gender").asText()).isEqualTo("Nam");
    assertThat(body(lookUp("062301005678")).get("fullName").asText()).isEqualTo("Trần Thị Bình");

    assertThat(lookUp("062000000000").getStatus()).isEqualTo(404);
    assertThat(lookUp("0620950012").getStatus()).isEqualTo(400);
    assertThat(population.lookups()).extracting("found").containsExactly(true, true, false);
    assertThat(population.lookups().get(0).client()).isEqualTo("VN/GOV/000.00.31.H62/COMMUNE-WORKFLOW");
    assertThat(population.lookups().get(0).dossierCode()).isEqualTo("000.00.31.H62-260213-0001");
  }

  private MockHttpServletResponse lookUp(String id) throws Exception {
    return call(
        post("/sim/population/citizens/lookup")
            .header("X-Road-Client", "VN/GOV/000.00.31.H62/COMMUNE-WORKFLOW")
            .header("X-Road-Id", "000.00.31.H62-260213-0001")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"personalId\":\"" + id + "\"}"));
  }

  @Test
  void demoCitizensHaveIdsThatMatchTheirBirthAndSex() {
    assertThat(population.citizens()).hasSizeGreaterThanOrEqualTo(2);
    population.citizens().forEach(c -> {
      int centuryAndSex = c.personalId().charAt(3) - '0';
      int year = c.dateOfBirth().getYear();
      assertThat(centuryAndSex / 2).as(c.fullName()).isEqualTo((year - 1900) / 100);
      assertThat(centuryAndSex % 2 == 0 ? "Nam" : "Nữ").as(c.fullName()).isEqualTo(c.gender());
      assertThat(Integer.parseInt(c.personalId().substring(4, 6))).as(c.fullName()).isEqualTo(year % 100);
    });
  }

  @Test
  void aPaymentIsOpenedOnceAndItsPaymentReportedOnceAsThePortalUser() throws Exception {
    var order = new vn.gov.commune.integration.PaymentOrder("HS-1", 16_000, "Lệ phí");
    JsonNode first = body(postJson("/sim/payment/payments", "HS-1:payment", order));
    JsonNode again = body(postJson("/sim/payment/payments", "HS-1:payment", order));
    String id = first.get("paymentId").asText();
    assertThat(again.get("paymentId").asText()).isEqualTo(id);
    assertThat(first.get("payUrl").asText()).isEqualTo("http://localhost/sim/payment/payments/" + id);
    assertThat(payment.payments()).hasSize(1);
    assertThat(payment.paymentsFor("HS-1").get(0).paid()).isFalse();

    product
        .expect(requestTo("http://product.test/api/dossiers/HS-1/payment"))
        .andExpect(method(HttpMethod.POST))
        .andExpect(header(HttpHeaders.AUTHORIZATION, PORTAL_AUTH))
        .andExpect(header("Idempotency-Key", id + ":paid"))
        .andExpect(jsonPath("$.paymentId").value(id))
        .andExpect(jsonPath("$.amount").value(16000))
        .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

    JsonNode paid = body(call(post("/sim/payment/payments/" + id + "/pay")));
    assertThat(paid.get("paid").asBoolean()).isTrue();
    assertThat(paid.get("reported").asBoolean()).isTrue();
    assertThat(call(post("/sim/payment/payments/" + id + "/pay")).getStatus()).isEqualTo(200); // no second report
    product.verify();
    assertThat(call(post("/sim/payment/payments/TT-NONE/pay")).getStatus()).isEqualTo(404);
  }

  @Test
  void aPaymentReportTheProductRefusesIsSentAgainOnTheNextPay() throws Exception {
    String id =
        body(postJson("/sim/payment/payments", "HS-2:payment", new vn.gov.commune.integration.PaymentOrder("HS-2", 8_000, "Phí")))
            .get("paymentId").asText();
    product.expect(requestTo("http://product.test/api/dossiers/HS-2/payment")).andRespond(withStatus(HttpStatus.CONFLICT));
    product.expect(requestTo("http://product.test/api/dossiers/HS-2/payment")).andRespond(withSuccess());

    MockHttpServletResponse refused = call(post("/sim/payment/payments/" + id + "/pay"));
    assertThat(refused.getStatus()).isEqualTo(502);
    assertThat(body(refused).get("detail").asText()).contains("Đã thanh toán");
    assertThat(payment.payment(id).orElseThrow().paid()).isTrue();
    assertThat(payment.payment(id).orElseThrow().reported()).isFalse();

    assertThat(body(call(post("/sim/payment/payments/" + id + "/pay"))).get("reported").asBoolean()).isTrue();
    product.verify();
  }

  @Test
  void theOtherServicesAnswerARepeatedKeyWithTheFirstAnswer() throws Exception {
    var document = result("062095001234", "Trích lục khai sinh", "CK-1");
    String stored = postJson("/sim/datastore/documents", "HS-1:datastore", document).getContentAsString();
    assertThat(postJson("/sim/datastore/documents", "HS-1:datastore", document).getContentAsString()).isEqualTo(stored);
    assertThat(datastore.documentsOf("062095001234")).hasSize(1);
    assertThat(postJson("/sim/datastore/documents", "HS-1:x", result("1", "T", null))
            .getStatus()).isEqualTo(400);

    var notification = new vn.gov.commune.integration.Notification("062095001234", "HS-1", "Đã có kết quả", "Mời nhận kết quả.");
    String delivered = postJson("/sim/vneid/notifications", "HS-1:notify", notification).getContentAsString();
    assertThat(postJson("/sim/vneid/notifications", "HS-1:notify", notification).getContentAsString()).isEqualTo(delivered);
    assertThat(vneid.notificationsTo("062095001234")).hasSize(1);

    var sign = new vn.gov.commune.integration.SigningRequest("HS-1", "sathay.leader", "Trần Văn Lãnh", "Xã Sa Thầy", SHA);
    JsonNode signature = body(postJson("/sim/signing/signatures", "HS-1:sign", sign));
    assertThat(body(postJson("/sim/signing/signatures", "HS-1:sign", sign))).isEqualTo(signature);
    assertThat(signature.get("signedAt").asText()).isEqualTo("2026-02-13T03:00:00Z");
    // the leader's certificate is issued once: a second document is signed with the same one
    JsonNode second = body(postJson("/sim/signing/signatures", "HS-1:sign-b",
        new vn.gov.commune.integration.SigningRequest("HS-1", "sathay.leader", "Trần Văn Lãnh", "Xã Sa Thầy", "b".repeat(64))));
    assertThat(second.get("certificateSerial").asText()).isEqualTo(signature.get("certificateSerial").asText()).isNotBlank();
    assertThat(second.get("cms").asText()).isNotEqualTo(signature.get("cms").asText());
    assertThat(java.util.Base64.getDecoder().decode(signature.get("cms").asText())).hasSizeGreaterThan(1000);
    assertThat(signing.signaturesFor("HS-1")).hasSize(2);
    assertThat(postJson("/sim/signing/signatures", "HS-1:sign2", new vn.gov.commune.integration.SigningRequest("HS-1", "u", "U", "Xã Sa Thầy", "x"))
            .getStatus()).isEqualTo(400);
    assertThat(postJson("/sim/signing/signatures", "HS-1:sign3", new vn.gov.commune.integration.SigningRequest("HS-1", "u", null, null, SHA))
            .getStatus()).isEqualTo(400);

    var consultation = new vn.gov.commune.integration.ConsultationRequest("HS-1", "Công an xã Sa Thầy", "Xác nhận nơi cư trú?");
    String sent = postJson("/sim/lgsp/consultations", "HS-1:consultation-1", consultation).getContentAsString();
    assertThat(postJson("/sim/lgsp/consultations", "HS-1:consultation-1", consultation).getContentAsString()).isEqualTo(sent);
    assertThat(lgsp.consultationsFor("HS-1")).hasSize(1);
  }

  @Test
  void aConsultationAnswerIsSentToTheProduct() throws Exception {
    var consultation = new vn.gov.commune.integration.ConsultationRequest("HS-1", "Bảo hiểm xã hội", "Cấp thẻ BHYT?");
    String id = body(postJson("/sim/lgsp/consultations", "HS-1:c", consultation)).get("consultationId").asText();
    product
        .expect(requestTo("http://product.test/api/dossiers/HS-1/consultation-answer"))
        .andExpect(header(HttpHeaders.AUTHORIZATION, PORTAL_AUTH))
        .andExpect(jsonPath("$.consultationId").value(id))
        .andExpect(jsonPath("$.agency").value("Bảo hiểm xã hội"))
        .andExpect(jsonPath("$.answer").value("Đồng ý cấp thẻ."))
        .andExpect(jsonPath("$.agreed").value(true))
        .andRespond(withSuccess());

    JsonNode answered = body(postJson("/sim/lgsp/consultations/" + id + "/answer", null, new LgspSimulator.Answer("Đồng ý cấp thẻ.", true)));

    assertThat(answered.get("answer").asText()).isEqualTo("Đồng ý cấp thẻ.");
    assertThat(lgsp.consultation(id).orElseThrow().agreed()).isTrue();
    product.verify();
  }

  @Test
  void aSubmissionIsForwardedAsMultipartOnceAndTheProductsAnswerReturned() throws Exception {
    product
        .expect(requestTo("http://product.test/api/dossiers"))
        .andExpect(method(HttpMethod.POST))
        .andExpect(header(HttpHeaders.AUTHORIZATION, PORTAL_AUTH))
        .andExpect(header("Idempotency-Key", "DVCQG-123"))
        .andExpect(
            request -> {
              String body = ((org.springframework.mock.http.client.MockClientHttpRequest) request).getBodyAsString(StandardCharsets.UTF_8);
              assertThat(request.getHeaders().getContentType().toString()).startsWith("multipart/form-data");
              assertThat(body).contains("name=\"application\"").contains("\"procedureCode\":\"1.001193\"");
              assertThat(body).contains("name=\"TK01\"").contains("filename=\"to-khai.pdf\"").contains("%PDF-1.4");
            })
        .andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON).body("{\"code\":\"000.00.31.H62-260213-0001\"}"));

    String submission =
        """
        {"application":{"procedureCode":"1.001193","applicant":{"fullName":"Nguyễn Văn An"}},
         "files":[{"component":"TK01","fileName":"to-khai.pdf","contentType":"application/pdf","contentBase64":"JVBERi0xLjQ="}]}
        """;
    MockHttpServletResponse first = postJson("/sim/dvcqg/submissions", "DVCQG-123", submission);
    MockHttpServletResponse again = postJson("/sim/dvcqg/submissions", "DVCQG-123", submission);

    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(body(first).get("code").asText()).isEqualTo("000.00.31.H62-260213-0001");
    assertThat(again.getStatus()).isEqualTo(201);
    assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(dvcqg.submissions()).hasSize(1);
    assertThat(dvcqg.submissions().get(0).files()).hasSize(1);
    product.verify();
  }

  @Test
  void aSubmissionTheProductRefusesIsPassedBackAndNotStored() throws Exception {
    product
        .expect(requestTo("http://product.test/api/dossiers"))
        .andExpect(request -> assertThat(request.getHeaders().getFirst("Idempotency-Key")).startsWith("DVCQG-"))
        .andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body("{\"detail\":\"Thiếu thủ tục.\"}"));

    MockHttpServletResponse refused = postJson("/sim/dvcqg/submissions", null, "{\"applicant\":{\"fullName\":\"A\"}}");

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(body(refused).get("detail").asText()).isEqualTo("Thiếu thủ tục.");
    assertThat(dvcqg.submissions()).isEmpty();
    product.verify();
  }

  @Test
  void aFailingSimulatorAnswers503AndStoresNothing() throws Exception {
    admin.change("vneid", new SimulatorAdminController.FaultChange(null, true));
    var notification = new vn.gov.commune.integration.Notification("062095001234", "HS-1", "T", "M");

    MockHttpServletResponse failed = postJson("/sim/vneid/notifications", "HS-1:n", notification);
    assertThat(failed.getStatus()).isEqualTo(503);
    assertThat(body(failed).get("detail").asText()).contains("Ứng dụng định danh điện tử VNeID");
    assertThat(vneid.notifications()).isEmpty();
    assertThat(postJson("/sim/datastore/documents", "HS-1:d",
            result("062095001234", "T", null)).getStatus())
        .isEqualTo(200); // only the one service fails

    admin.change("vneid", new SimulatorAdminController.FaultChange(null, false));
    assertThat(postJson("/sim/vneid/notifications", "HS-1:n", notification).getStatus()).isEqualTo(200);
    assertThat(vneid.notifications()).hasSize(1);
  }

  @Test
  void aSlowSimulatorAnswersLate() throws Exception {
    assertThat(admin.change("signing", new SimulatorAdminController.FaultChange(300L, null)))
        .isEqualTo(new SimulatorFaults.State("signing", "Dịch vụ ký số", 300, false));
    long start = System.nanoTime();
    assertThat(postJson("/sim/signing/signatures", "HS-1:sign", new vn.gov.commune.integration.SigningRequest("HS-1", "u", "U", "Xã Sa Thầy", SHA))
            .getStatus()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void startUpFaultsComeFromTheSettingsAndResetRestoresThem() {
    SimulatorProperties properties =
        new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                    java.util.Map.of(
                        "app.simulators.population.delay", "2s",
                        "app.simulators.lgsp.failing", "true",
                        "app.simulators.portal-user", "dvcqg-portal")))
            .bindOrCreate("app.simulators", SimulatorProperties.class);
    assertThat(properties.portalUser()).isEqualTo("dvcqg-portal");
    assertThat(properties.portalPassword()).isEqualTo("portal");
    SimulatorFaults configured = new SimulatorFaults(properties);
    assertThat(configured.state(NationalService.POPULATION).delayMs()).isEqualTo(2000);
    assertThat(configured.state(NationalService.LGSP).failing()).isTrue();
    configured.set(NationalService.LGSP, 10L, false);
    configured.reset();
    assertThat(configured.state(NationalService.LGSP)).isEqualTo(new SimulatorFaults.State("lgsp", NationalService.LGSP.displayName(), 0, true));
  }

  @Test
  void faultChangesAreChecked() throws Exception {
    // only administrators reach these (ApiRoleRules; over HTTP in SimulatorsApiTest)
    assertThatThrownBy(() -> admin.one("weather"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
    assertThatThrownBy(() -> admin.change("dvcqg", new SimulatorAdminController.FaultChange(-1L, null)))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    assertThatThrownBy(() -> admin.change("dvcqg", new SimulatorAdminController.FaultChange(null, null)))
        .isInstanceOf(ApiException.class);
    assertThat(admin.all()).hasSize(NationalService.values().length);

    postJson("/sim/dvcqg/dossiers/HS-1/status", "HS-1:status:1", status("HS-1", 2, 1));
    admin.change("dvcqg", new SimulatorAdminController.FaultChange(50L, true));
    admin.reset();
    assertThat(admin.one("dvcqg")).isEqualTo(new SimulatorFaults.State("dvcqg", "Cổng Dịch vụ công quốc gia", 0, false));
    assertThat(dvcqg.statusSyncs("HS-1")).isEmpty();
  }

  @Test
  void theFaultInterceptorFindsTheServiceInThePath() {
    assertThat(SimulatorFaultInterceptor.serviceOf("/sim/population/citizens/lookup")).contains(NationalService.POPULATION);
    assertThat(SimulatorFaultInterceptor.serviceOf("/sim/vneid")).contains(NationalService.VNEID);
    assertThat(SimulatorFaultInterceptor.serviceOf("/sim/unknown/x")).isEmpty();
    assertThat(SimulatorFaultInterceptor.serviceOf("/api/dossiers")).isEmpty();
  }

  /** A result for the data store: a (minimal) PDF file with its SHA-256. */
  private static vn.gov.commune.integration.ResultDocument result(String personalId, String title, String signatureId) {
    byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return new vn.gov.commune.integration.ResultDocument(personalId, "HS-1", title, vn.gov.commune.shared.Hashes.sha256Hex(pdf),
        signatureId, "ket-qua.pdf", "application/pdf", java.util.Base64.getEncoder().encodeToString(pdf));
  }
}
