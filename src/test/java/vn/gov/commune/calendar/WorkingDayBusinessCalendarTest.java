package vn.gov.commune.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.commune.support.IntegrationTest;

/** "P{n}WD" in timers and task due dates is counted in Vietnamese working days by the engine. */
@IntegrationTest
class WorkingDayBusinessCalendarTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  Deployment deployment;

  @BeforeEach
  void deploy() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("working-day-timer-test")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("UserTask_Handle")
            .camundaDueDate("P1WD")
            .boundaryEvent("TimerEvent_Reminder")
            .cancelActivity(false)
            .timerWithDuration("P2WD")
            .userTask("UserTask_Remind")
            .endEvent()
            .moveToActivity("UserTask_Handle")
            .endEvent()
            .done();
    deployment = repository.createDeployment().addModelInstance("working-day-timer-test.bpmn", model).deploy();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repository.deleteDeployment(deployment.getId(), true);
  }

  private static Date at(String isoDateTime) {
    return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
  }

  @Test
  void dueDatesAndTimersSkipTheTetBreak() {
    ClockUtil.setCurrentTime(at("2026-02-12T09:00:00+07:00")); // Thursday before Tết 2026
    ProcessInstance instance =
        runtime.startProcessInstanceByKey("working-day-timer-test", Map.of("communeId", "sa-thay"));

    // 1 working day: Friday 13/2; 2 working days: Monday 23/2 after the break
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
        .isEqualTo(at("2026-02-13T17:00:00+07:00"));
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at("2026-02-23T17:00:00+07:00"));

    ClockUtil.setCurrentTime(at("2026-02-20T18:00:00+07:00"));
    assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();

    ClockUtil.setCurrentTime(at("2026-02-23T17:01:00+07:00"));
    Job due = management.createJobQuery().processInstanceId(instance.getId()).executable().singleResult();
    management.executeJob(due.getId());
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_Remind").count())
        .isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_Handle").count())
        .isEqualTo(1);
  }

  @Test
  void isoDurationsStillWork() {
    ClockUtil.setCurrentTime(at("2026-02-12T09:00:00+07:00"));
    WorkingDayBusinessCalendar calendar =
        new WorkingDayBusinessCalendar(new org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar(), () -> {
          throw new AssertionError("ISO durations must not need the working-day calendar");
        });
    assertThat(calendar.resolveDuedate("PT2H")).isEqualTo(at("2026-02-12T11:00:00+07:00"));
    assertThat(calendar.resolveDuedate("P3D")).isEqualTo(at("2026-02-15T09:00:00+07:00"));
  }
}
