package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.IntegrationTest;
import vn.gov.commune.support.PortalSubmission;

/**
 * An OCR job never makes a job thread wait for an OCR thread (the dossiers' own steps run on the
 * same job threads): while this node's OCR threads are busy it queues itself again a little later.
 */
@IntegrationTest
class ScanOcrBusyTest {

  @Autowired TestRestTemplate rest;
  @Autowired ScanOcr ocr;
  @Autowired DigitisationRecordRepository records;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    runtime.createProcessInstanceQuery().list().forEach(p -> {
      if (runtime.createProcessInstanceQuery().processInstanceId(p.getId()).count() == 1
          && runtime.createProcessInstanceQuery().subProcessInstanceId(p.getId()).count() == 0) {
        runtime.deleteProcessInstance(p.getId(), "test ended");
      }
    });
  }

  /** The OCR jobs of this dossier's records. */
  private List<Job> ocrJobs(String code) {
    List<String> payloads = records.findByDossierCodeOrderById(code).stream().map(r -> ScanOcr.KIND + ":" + r.getId()).toList();
    return management.createJobQuery().list().stream()
        .filter(j -> payloads.contains(((JobEntity) j).getJobHandlerConfigurationRaw()))
        .toList();
  }

  @Test
  void whileTheOcrThreadsAreBusyTheJobIsQueuedAgainInsteadOfWaiting() {
    assumeTrue(TestFiles.tesseractInstalled(), "Tesseract with Vietnamese data is not installed");
    ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-03-02T02:00:00Z")));
    ResponseEntity<Map> answer = PortalSubmission.birthRegistration(
        rest, "sa-thay", "Nguyễn Văn An", TestFiles.imageOnlyPdf("GIẤY CHỨNG SINH\nSố " + System.nanoTime() % 100000));
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
    String code = (String) answer.getBody().get("code");
    List<Job> queued = ocrJobs(code);
    assertThat(queued).hasSize(2); // one per component (both the same scan)

    int permits = ocr.busyForTest();
    try {
      for (Job job : queued) {
        management.executeJob(job.getId());
      }
      List<Job> again = ocrJobs(code);
      assertThat(again).hasSize(2).allSatisfy(j -> {
        assertThat(queued).extracting(Job::getId).doesNotContain(j.getId());
        assertThat(j.getDuedate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(ScanOcr.AGAIN_AFTER)));
        assertThat(j.getRetries()).as("no attempt burnt").isEqualTo(3);
        assertThat(j.getTenantId()).as("queued again for the same commune").isEqualTo("sa-thay");
      });
      assertThat(management.createJobQuery().executable().list()).extracting(Job::getId)
          .doesNotContainAnyElementsOf(again.stream().map(Job::getId).toList());
      assertThat(records.findByDossierCodeOrderById(code)).allSatisfy(r -> assertThat(r.isOcrPending()).isTrue());
    } finally {
      ocr.freeForTest(permits);
    }

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(ScanOcr.AGAIN_AFTER).plus(Duration.ofSeconds(1))));
    for (Job job : ocrJobs(code)) {
      management.executeJob(job.getId());
    }
    assertThat(ocrJobs(code)).isEmpty();
    assertThat(records.findByDossierCodeOrderById(code)).hasSize(2).allSatisfy(r -> {
      assertThat(r.isOcrPending()).isFalse();
      assertThat(r.isOcrDone()).isTrue();
      assertThat(TextFolding.fold(r.getText())).contains("chung sinh");
    });
  }
}
