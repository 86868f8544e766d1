package vn.gov.commune.engine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import vn.gov.commune.shared.BackgroundPriority;

/**
 * The job executor's threads run at a lower CPU priority (Linux nice value {@code app.jobs.nice},
 * {@code JOB_NICE}, default 10; 0 keeps them at the priority of the rest), so that on a busy server
 * a citizen's upload and a clerk's click are served before the work the engine does in the
 * background: calls to national services, signing, slips, status syncs. Each thread lowers its own
 * priority once, when it starts (Camunda's pool, {@code camundaTaskExecutor}, keeps its size and
 * thread names).
 *
 * <p>A nice value only shares the CPU out when it is short: on an idle server jobs run as fast as
 * before. On a saturated one they get about a tenth of what a request thread gets (nice 10), so they
 * run later, never not at all; the job lock time (180 s) is far above what that adds to a job.
 */
@Component
class JobThreadsInBackground implements BeanPostProcessor {

  /** The bean name of the starter's job-executor pool. */
  static final String POOL = "camundaTaskExecutor";

  private final int nice;

  JobThreadsInBackground(Environment environment) {
    this.nice = environment.getProperty("app.jobs.nice", Integer.class, 10);
    // made here, early and on the main thread: the thread that starts the pools' threads at normal priority
    BackgroundPriority.init();
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (nice > 0 && POOL.equals(beanName) && bean instanceof ThreadPoolTaskExecutor pool) {
      pool.setThreadFactory(BackgroundPriority.threads(beanName + "-", nice, "Job executor"));
    }
    return bean;
  }
}
