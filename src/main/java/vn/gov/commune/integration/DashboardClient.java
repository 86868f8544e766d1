package vn.gov.commune.integration;

import org.springframework.http.MediaType;

/**
 * Pushes each commune's figures and plan progress to the provincial steering committee's dashboard
 * (Hệ thống thông tin điều hành của Ban Chỉ đạo tỉnh), the same way as the national services: client
 * credential, {@code Idempotency-Key}, every failure an {@link IntegrationException} so the job retries.
 */
public class DashboardClient {

  private final ServiceEndpoint endpoint;

  public DashboardClient(ServiceEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** The idempotency key of a snapshot: {@code {communeId}:{period}:{version}}. */
  public static String key(DashboardSnapshot snapshot) {
    return snapshot.communeId() + ":" + snapshot.period() + ":" + snapshot.version();
  }

  /**
   * Sends one snapshot. Repeating it (same snapshot, same key) is harmless: the dashboard answers the
   * first receipt and keeps one copy.
   *
   * @throws IntegrationException when the dashboard cannot be reached, fails or refuses the snapshot
   */
  public DashboardReceipt push(DashboardSnapshot snapshot) {
    Arguments.require(snapshot != null && snapshot.communeId() != null, "snapshot.communeId");
    Arguments.require(snapshot.period() != null && snapshot.period().matches("\\d{4}-\\d{2}"), "snapshot.period yyyy-MM");
    String key = key(snapshot);
    Arguments.requireKey(key);
    return endpoint.call(
        "push " + snapshot.communeId() + " " + snapshot.period() + " " + snapshot.version(),
        rest ->
            endpoint.required(
                rest.post()
                    .uri(endpoint.url("/communes/{commune}/snapshots"), snapshot.communeId())
                    .header(ServiceEndpoint.IDEMPOTENCY_KEY, key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(snapshot)
                    .retrieve()
                    .body(DashboardReceipt.class)));
  }
}
