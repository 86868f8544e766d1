package vn.gov.commune.dossier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.commune.support.IntegrationTest;

/**
 * Tests that drive dossiers over HTTP as the portal and staff do, on Monday 2 March 2026, 09:00 in
 * Vietnam (a working day), with the shared {@link DossierTestSupport} flow; the clock is reset after
 * each test.
 */
@IntegrationTest
abstract class DossierHttpTest {

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired DossierRepository dossiers;
  @Autowired HistoryRepository history;

  DossierTestSupport flow;

  @BeforeEach
  void startFlow() {
    flow = new DossierTestSupport(rest, management, tasks, identity);
    DossierTestSupport.at("2026-03-02T09:00:00+07:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }
}
