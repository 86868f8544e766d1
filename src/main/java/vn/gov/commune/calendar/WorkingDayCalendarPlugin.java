package vn.gov.commune.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers the working-day calendar for timer durations and task due dates. */
@Component
public class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<WorkingDayCalendar> calendar;

  public WorkingDayCalendarPlugin(ObjectProvider<WorkingDayCalendar> calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(
        DurationBusinessCalendar.NAME, new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), calendar::getObject));
    manager.addBusinessCalendar(
        DueDateBusinessCalendar.NAME, new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), calendar::getObject));
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(manager);
  }
}
