package vn.gov.commune.plan;

/** The variables of processes/dashboard-push.bpmn, their names and types in one place. */
public final class DashboardPushVariables {

  private DashboardPushVariables() {}

  // set when the instance starts (DashboardPushes)
  public static final String COMMUNE_ID = "communeId";
  /** The month pushed, {@code yyyy-MM} (Vietnam time). */
  public static final String PERIOD = "dashboardPeriod";
  /** Long: the snapshot's version, {@code yyyyMMddHHmm} of the push slot (Vietnam time). */
  public static final String VERSION = "dashboardVersion";

  // ServiceTask_TakeSnapshot
  /** Json: the {@code DashboardSnapshot} sent, taken once so that every retry sends the same bytes. */
  public static final String SNAPSHOT = "dashboardSnapshot";

  // ServiceTask_PushSnapshot
  /** Date: when the dashboard acknowledged the snapshot. */
  public static final String RECEIVED_AT = "dashboardReceivedAt";
}
