package vn.gov.commune.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** Every rule of processes/dossier-routing.dmn, evaluated with the Camunda DMN engine alone. */
class DossierRoutingDecisionTest {

  static final String RESOURCE = "processes/dossier-routing.dmn";
  static final String POLICE_RESIDENCE_INSURANCE = "Công an xã (đăng ký thường trú); Bảo hiểm xã hội (cấp thẻ bảo hiểm y tế)";
  static final String POLICE_DEREGISTER_INSURANCE = "Công an xã (xóa đăng ký thường trú); Bảo hiểm xã hội (trợ cấp mai táng)";

  static final Set<String> matchedRules = new HashSet<>();
  static DmnEngine engine;
  static DmnDecision decision;
  static DmnModelInstance model;

  @BeforeAll
  static void parse() throws IOException {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener recorder = (DmnDecisionTableEvaluationEvent event) -> {
      for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
        matchedRules.add(rule.getId());
      }
    };
    configuration.customPostDecisionTableEvaluationListeners(List.of(recorder));
    engine = configuration.buildEngine();
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      model = Dmn.readModelFromStream(in);
    }
    decision = engine.parseDecision("dossier-routing", model);
  }

  @AfterAll
  static void everyRuleWasHit() {
    Set<String> all = new HashSet<>();
    model.getModelElementsByType(Rule.class).forEach(r -> all.add(r.getId()));
    assertThat(matchedRules).as("rules never matched by a test case").containsExactlyInAnyOrderElementsOf(all);
  }

  static DmnDecisionTableResult evaluate(String code, Boolean crossCommune, Boolean mismatch) {
    return engine.evaluateDecisionTable(
        decision,
        Variables.createVariables()
            .putValue("procedureCode", code)
            .putValue("crossCommune", crossCommune)
            .putValue("populationMismatch", mismatch));
  }

  @ParameterizedTest(name = "{0} khác xã={1} lệch CSDL={2} → xác minh={3}, \"{4}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // Kết hôn: verification when filed at another commune or the data disagree (Luật Hộ tịch art. 18).
        "1.000894      | true  | false | true  | ''",
        "1.000894      | false | true  | true  | ''",
        "1.000894      | true  | true  | true  | ''",
        "1.000894      | false | false | false | ''",
        // Khai tử: verification when the data disagree (art. 33); filing elsewhere alone does not.
        "1.000656      | false | true  | true  | ''",
        "1.000656      | true  | false | false | ''",
        // Liên thông khai sinh: Công an and BHXH always; verification on mismatch (NĐ 63/2024 art. 7).
        "LT-KS-TT-BHYT | false | true  | true  | " + POLICE_RESIDENCE_INSURANCE,
        "LT-KS-TT-BHYT | true  | false | false | " + POLICE_RESIDENCE_INSURANCE,
        "LT-KT-TT-MT   | false | true  | true  | " + POLICE_DEREGISTER_INSURANCE,
        "LT-KT-TT-MT   | false | false | false | " + POLICE_DEREGISTER_INSURANCE,
        // Everything else: default rule.
        "1.001193      | true  | true  | false | ''",
        "2.000815      | true  | true  | false | ''",
        "2.000635      | false | false | false | ''",
        "1.004873      | true  | true  | false | ''",
        "9.999999      | false | false | false | ''",
      })
  void routes(String code, boolean crossCommune, boolean mismatch, boolean verification, String agencies) {
    DmnDecisionTableResult result = evaluate(code, crossCommune, mismatch);
    assertThat(result).hasSize(1);
    assertThat((Boolean) result.getSingleResult().getEntry("verificationRequired")).isEqualTo(verification);
    assertThat((String) result.getSingleResult().getEntry("approverGroup")).isEqualTo("leader");
    assertThat((String) result.getSingleResult().getEntry("consultationAgencies")).isEqualTo(agencies);
  }

  @Test
  void missingFlagsFallToTheDefault() {
    DmnDecisionTableResult result = evaluate("1.000894", null, null);
    assertThat((Boolean) result.getSingleResult().getEntry("verificationRequired")).isFalse();
  }

  @Test
  void theDecisionIsDeployableAndDrawn() throws IOException {
    Decision d = model.getModelElementById("dossier-routing");
    assertThat(d.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");
    assertThat(decision.getKey()).isEqualTo("dossier-routing");
    // The model API validates DMNDI against its schema but has no classes for it: check the shape is there.
    String xml = new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
    assertThat(xml).contains("<dmndi:DMNShape").contains("dmnElementRef=\"dossier-routing\"");
  }

  /** The decision and the catalogue agree: codes exist, verification has a legal time, approvers match. */
  @Test
  void theDecisionAgreesWithTheCatalogue() throws IOException {
    CatalogueFile catalogue = CatalogueFileTest.bundled();
    List<String> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (CatalogueFile.Entry e : catalogue.procedures()) {
      codes.add(e.code());
      for (boolean cross : new boolean[] {false, true}) {
        for (boolean mismatch : new boolean[] {false, true}) {
          var out = evaluate(e.code(), cross, mismatch).getSingleResult();
          if (Boolean.TRUE.equals(out.getEntry("verificationRequired")) && e.verificationWorkingDays() == null) {
            problems.add(e.code() + " may need verification but has no verificationWorkingDays");
          }
          if (!e.approvingGroup().equals(out.getEntry("approverGroup"))) {
            problems.add(e.code() + " approver differs");
          }
        }
      }
    }
    for (var input : model.getModelElementsByType(Rule.class)) {
      String codeTest = input.getInputEntries().iterator().next().getTextContent().strip();
      if (!codeTest.isEmpty()) {
        String code = codeTest.replace("\"", "");
        if (!codes.contains(code)) {
          problems.add("rule " + input.getId() + " names " + code + ", unknown to the catalogue");
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
