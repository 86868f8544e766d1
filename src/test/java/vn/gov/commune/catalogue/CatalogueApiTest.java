package vn.gov.commune.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

@IntegrationTest
class CatalogueApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcedureCatalogue catalogue;
  @Autowired ProcedureRepository repository;
  @Autowired CatalogueLoader loader;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(rest);
  }

  @Test
  void anonymousCallsAreRefused() {
    assertThat(http.get(null, null, "/api/catalogue/procedures", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.get(null, null, "/api/catalogue/procedures/1.001193", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anySignedInUserReadsTheCatalogue() {
    ResponseEntity<JsonNode> response = http.get("sathay.clerk", "/api/catalogue/procedures", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode list = response.getBody();
    assertThat(list.size()).isGreaterThanOrEqualTo(8);
    assertThat(list.findValuesAsText("code")).contains("1.001193", "1.000894", "2.000815", "LT-KS-TT-BHYT");
    assertThat(http.get("kontum.leader", "/api/catalogue/procedures", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void oneProcedureWithItsLegalTimesFeeAndComponents() {
    ResponseEntity<JsonNode> response = http.get("sathay.clerk", "/api/catalogue/procedures/2.000635", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode extract = response.getBody();
    assertThat(extract.get("name").asText()).isEqualTo("Cấp bản sao trích lục hộ tịch");
    assertThat(extract.get("legalWorkingDays").asInt()).isZero();
    assertThat(extract.get("feeRule").asText()).isEqualTo("PER_COPY");
    assertThat(extract.get("feeDescription").asText()).isEqualTo("8.000 đồng/bản sao trích lục");
    assertThat(extract.get("serviceLevelLabel").asText()).isEqualTo("Toàn trình");
    assertThat(extract.get("legalBasis").asText()).contains("Luật Hộ tịch");
    JsonNode identity = extract.get("components").get(1);
    assertThat(identity.get("nationalDataSource").asText()).isEqualTo("CSDL_DAN_CU");
    assertThat(identity.get("askedFromCitizen").asBoolean()).isFalse();
    assertThat(extract.has("contentHash")).isFalse();
  }

  @Test
  void anUnknownCodeIsA404InVietnamese() {
    ResponseEntity<JsonNode> response = http.get("sathay.clerk", "/api/catalogue/procedures/9.999999", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().get("detail").asText())
        .isEqualTo("Không tìm thấy thủ tục hành chính có mã '9.999999' trong danh mục thủ tục của xã.");
    ResponseEntity<JsonNode> noVersion =
        http.get("sathay.clerk", "/api/catalogue/procedures/1.001193?version=99", JsonNode.class);
    assertThat(noVersion.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noVersion.getBody().get("detail").asText()).contains("phiên bản 99");
  }

  @Test
  void aNewVersionBecomesCurrentAndTheOldOneStaysForOldDossiers() {
    CatalogueFile bundled = loader.file();
    assertThat(loader.load(bundled).added()).isEmpty(); // loaded at start-up already: idempotent
    CatalogueFile.Entry v1 = bundled.procedures().stream().filter(e -> e.code().equals("1.004873")).findFirst().orElseThrow();
    CatalogueFile.Entry v2 = new CatalogueFile.Entry(
        v1.code(), 2, v1.nationalCode(), v1.name(), v1.field(), v1.serviceLevel(), v1.legalWorkingDays(),
        v1.verificationWorkingDays(), v1.supplementClock(), v1.supplementWithinWorkingDays(),
        new CatalogueFile.Fee(FeeRule.FIXED, 3_000L, "3.000 đồng/giấy"), v1.paymentPlatform(), v1.paymentWithinWorkingDays(),
        v1.components(), v1.processingGroup(), v1.approvingGroup(), v1.legalBasis(), v1.sourceNote(), v1.processingProcess(), v1.consultations());
    try {
      assertThat(loader.load(new CatalogueFile("test.2", List.of(), List.of(v2))).added()).containsExactly("1.004873 v2");
      assertThat(catalogue.current("1.004873").orElseThrow().getVersion()).isEqualTo(2);
      assertThat(catalogue.current("1.004873").orElseThrow().fee(1, 1)).isEqualTo(3_000);
      assertThat(catalogue.version("1.004873", 1).orElseThrow().fee(1, 1)).isEqualTo(5_000);
      assertThat(catalogue.currentAll()).filteredOn(p -> p.getCode().equals("1.004873")).singleElement()
          .extracting(Procedure::getVersion).isEqualTo(2);
      JsonNode current = http.get("sathay.clerk", "/api/catalogue/procedures/1.004873", JsonNode.class).getBody();
      assertThat(current.get("version").asInt()).isEqualTo(2);
      JsonNode old = http.get("sathay.clerk", "/api/catalogue/procedures/1.004873?version=1", JsonNode.class).getBody();
      assertThat(old.get("feeAmount").asLong()).isEqualTo(5_000);
    } finally {
      repository.findByCodeAndVersion("1.004873", 2).ifPresent(repository::delete);
    }
    assertThat(catalogue.current("1.004873").orElseThrow().getVersion()).isEqualTo(1);
  }
}
