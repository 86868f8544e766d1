package vn.gov.commune.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class CatalogueFileTest {

  static CatalogueFile bundled() throws IOException {
    try (InputStream in = new ClassPathResource("catalogue/procedures.json").getInputStream()) {
      return CatalogueFile.read("catalogue/procedures.json", in);
    }
  }

  @Test
  void theBundledCatalogueHasTheEightProceduresOfTheGuide() throws IOException {
    CatalogueFile file = bundled();
    assertThat(file.version()).isNotBlank();
    assertThat(file.source()).isNotEmpty();
    Map<String, CatalogueFile.Entry> byCode =
        file.procedures().stream().collect(Collectors.toMap(CatalogueFile.Entry::code, Function.identity()));
    assertThat(byCode).containsOnlyKeys(
        "1.001193", "1.000894", "1.004873", "2.000635", "2.000815", "1.000656", "LT-KS-TT-BHYT", "LT-KT-TT-MT");

    assertThat(byCode.get("1.001193").legalWorkingDays()).isZero();
    assertThat(byCode.get("1.000894").verificationWorkingDays()).isEqualTo(5);
    assertThat(byCode.get("1.004873").legalWorkingDays()).isEqualTo(3);
    assertThat(byCode.get("1.000656").verificationWorkingDays()).isEqualTo(3);
    assertThat(byCode.get("LT-KS-TT-BHYT").legalWorkingDays()).isEqualTo(3);
    assertThat(byCode.get("LT-KS-TT-BHYT").verificationWorkingDays()).isEqualTo(5);

    Procedure extract = Procedure.of(byCode.get("2.000635"), file.version(), Instant.EPOCH);
    assertThat(extract.fee(2, 1)).isEqualTo(16_000);
    assertThat(extract.isPaymentPlatform()).isTrue();
    Procedure certify = Procedure.of(byCode.get("2.000815"), file.version(), Instant.EPOCH);
    assertThat(certify.fee(1, 3)).isEqualTo(5_000);
    assertThat(Procedure.of(byCode.get("1.001193"), file.version(), Instant.EPOCH).fee(1, 1)).isZero();

    for (CatalogueFile.Entry e : file.procedures()) {
      assertThat(e.legalBasis()).as(e.code()).isNotBlank();
      assertThat(e.sourceNote()).as(e.code()).isNotBlank();
      assertThat(e.components()).as(e.code()).anyMatch(CatalogueFile.Component::required);
      assertThat(e.processingGroup()).isEqualTo("specialist");
      assertThat(e.approvingGroup()).isEqualTo("leader");
    }
    // Once-only: the identity document is never asked where the population database holds it.
    assertThat(byCode.get("1.001193").components())
        .filteredOn(c -> c.code().equals("GIAY_TO_TUY_THAN"))
        .singleElement()
        .extracting(CatalogueFile.Component::nationalDataSource)
        .isEqualTo("CSDL_DAN_CU");
  }

  @Test
  void aMalformedCatalogueIsRefusedWithTheFileNamed() {
    assertInvalid("{\"version\":\"1\",\"procedures\":[]}", "\"procedures\" is empty");
    assertInvalid("{\"procedures\":[]}", "\"version\"");
    assertInvalid("not json", "not valid JSON");
    assertInvalid(
        "{\"version\":\"1\",\"procedures\":[{\"code\":\"A\",\"version\":1,\"serviceLevel\":\"SOMETIMES\"}]}", "not valid JSON");
  }

  @Test
  void inconsistentEntriesAreRefused() {
    var free = CatalogueEntries.free("A.1", 1);
    assertThatThrownBy(() -> check(free, free)).hasMessageContaining("listed twice");

    var paidButFree = CatalogueEntries.entry("A.1", 1, new CatalogueFile.Fee(FeeRule.FREE, null, "Miễn"), true, 5);
    assertThatThrownBy(() -> check(paidButFree)).hasMessageContaining("FREE procedure cannot be paid");

    var noAmount = CatalogueEntries.entry("A.1", 1, new CatalogueFile.Fee(FeeRule.PER_COPY, null, "x"), true, 5);
    assertThatThrownBy(() -> check(noAmount)).hasMessageContaining("\"fee.amount\" must be > 0");

    var noPaymentDays = CatalogueEntries.entry("A.1", 1, new CatalogueFile.Fee(FeeRule.FIXED, 1000L, "x"), true, 0);
    assertThatThrownBy(() -> check(noPaymentDays)).hasMessageContaining("paymentWithinWorkingDays");

    var badCode = CatalogueEntries.free("mã có dấu", 1);
    assertThatThrownBy(() -> check(badCode)).hasMessageContaining("\"code\"");
  }

  @Test
  void theProcessingModelIsOptionalAndNamesAProcessModel() throws Exception {
    var plain = CatalogueEntries.free("A.1", 1);
    assertThat(plain.processingProcess()).isNull();
    var ownModel = CatalogueEntries.withProcessingProcess(plain, "dossier-processing-lt-kt-tt-mt");
    check(ownModel); // accepted
    assertThat(CatalogueFile.fingerprint(ownModel)).isNotEqualTo(CatalogueFile.fingerprint(plain));
    // an entry without the field keeps the content hash it had before the field existed
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(plain)).doesNotContain("processingProcess");
    assertThatThrownBy(() -> check(CatalogueEntries.withProcessingProcess(plain, "${dossierSteps}")))
        .hasMessageContaining("\"processingProcess\"");
    assertThatThrownBy(() -> check(CatalogueEntries.withProcessingProcess(plain, "Quy trình riêng")))
        .hasMessageContaining("\"processingProcess\"");
  }

  @Test
  void consultationsNameCatalogueAgenciesWithTheirDeadlines() throws Exception {
    var plain = CatalogueEntries.free("A.1", 1);
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(plain)).doesNotContain("consultations");
    var linked = CatalogueEntries.withConsultations(plain, java.util.List.of(
        new CatalogueFile.Consultation(ConsultationAgency.CONG_AN, 3, "Xóa đăng ký thường trú"),
        new CatalogueFile.Consultation(ConsultationAgency.BHXH, 5, "Trợ cấp mai táng")));
    check(linked); // accepted
    Procedure procedure = Procedure.of(linked, "t", Instant.EPOCH);
    assertThat(procedure.getConsultations()).extracting(ProcedureConsultation::getAgency)
        .containsExactly(ConsultationAgency.CONG_AN, ConsultationAgency.BHXH);
    assertThat(procedure.consultation(ConsultationAgency.BHXH).orElseThrow().getWithinWorkingDays()).isEqualTo(5);
    assertThat(procedure.consultation(ConsultationAgency.THUE)).isEmpty();

    assertThatThrownBy(() -> check(CatalogueEntries.withConsultations(plain, java.util.List.of(
        new CatalogueFile.Consultation(ConsultationAgency.CONG_AN, 3, "a"), new CatalogueFile.Consultation(ConsultationAgency.CONG_AN, 5, "b")))))
        .hasMessageContaining("consultation CONG_AN is listed twice");
    assertThatThrownBy(() -> check(CatalogueEntries.withConsultations(plain, java.util.List.of(
        new CatalogueFile.Consultation(ConsultationAgency.BHXH, 0, "a")))))
        .hasMessageContaining("\"withinWorkingDays\" must be 1-99");
    assertThatThrownBy(() -> check(CatalogueEntries.withConsultations(plain, java.util.List.of(
        new CatalogueFile.Consultation(ConsultationAgency.BHXH, 5, " ")))))
        .hasMessageContaining("has no \"purpose\"");
    // an agency typed as a name instead of a catalogue code is not a valid catalogue
    String typed = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(new CatalogueFile("t", java.util.List.of(), java.util.List.of(linked)))
        .replace("\"CONG_AN\"", "\"Công an xã Sa Thầy\"");
    assertThatThrownBy(() -> CatalogueFile.read("typed.json", new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("typed.json");
  }

  @Test
  void whoseNationalDataIsFetchedIsNamedByRoleOnANationalComponentOnly() throws Exception {
    var plain = CatalogueEntries.free("A.1", 1);
    var toKhai = new CatalogueFile.Component("TO_KHAI", "Tờ khai", true, null, null);
    check(CatalogueEntries.withComponents(plain, java.util.List.of(toKhai,
        new CatalogueFile.Component("GTTT", "Giấy tờ tùy thân", true, "CSDL_DAN_CU", null, "APPLICANT,SPOUSE"))));
    assertThatThrownBy(() -> check(CatalogueEntries.withComponents(plain, java.util.List.of(toKhai,
        new CatalogueFile.Component("GTTT", "Giấy tờ tùy thân", true, "CSDL_DAN_CU", null, "APPLICANT,VO")))))
        .hasMessageContaining("\"nationalDataPersons\"");
    assertThatThrownBy(() -> check(CatalogueEntries.withComponents(plain, java.util.List.of(toKhai,
        new CatalogueFile.Component("GTTT", "Giấy tờ tùy thân", true, null, null, "SPOUSE")))))
        .hasMessageContaining("\"nationalDataPersons\"");
    // an entry without the field keeps its fingerprint (stored versions are not seen as edited)
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(toKhai)).doesNotContain("nationalDataPersons");
    // the bundled catalogue: marriage registration looks up both parties, birth registration the child too
    CatalogueFile bundled;
    try (var in = getClass().getResourceAsStream("/catalogue/procedures.json")) {
      bundled = CatalogueFile.read("procedures.json", in);
    }
    var marriage = bundled.procedures().stream().filter(e -> e.code().equals("1.000894")).findFirst().orElseThrow();
    assertThat(marriage.components()).filteredOn(c -> c.nationalDataSource() != null)
        .extracting(CatalogueFile.Component::nationalDataPersons).containsOnly("APPLICANT,SPOUSE");
    var birth = bundled.procedures().stream().filter(e -> e.code().equals("1.001193")).findFirst().orElseThrow();
    assertThat(birth.components()).filteredOn(c -> "CSDL_HO_TICH".equals(c.nationalDataSource()))
        .extracting(CatalogueFile.Component::nationalDataPersons).containsExactly("APPLICANT,CHILD");
  }

  private static void check(CatalogueFile.Entry... entries) {
    CatalogueFile file = new CatalogueFile("t", java.util.List.of(), java.util.List.of(entries));
    try {
      String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(file);
      CatalogueFile.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertInvalid(String json, String message) {
    assertThatThrownBy(() -> CatalogueFile.read("broken.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken.json")
        .hasMessageContaining(message);
  }
}
