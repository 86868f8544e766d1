package vn.gov.commune.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.gov.commune.integration.PopulationQuery;
import vn.gov.commune.web.ApiException;

/**
 * What the simulated national person registers (population, civil status) share: the X-Road headers
 * and the personal ID they check, the answer from their demo register, and the log of every look-up.
 */
public final class PersonLookups {

  /** One look-up as received. */
  public record Lookup(String client, String dossierCode, String personalId, boolean found, Instant at) {}

  private static final Pattern CLIENT = Pattern.compile("VN/GOV/[^/\\s]+/[^/\\s]+");
  private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");

  private final Clock clock;
  private final List<Lookup> lookups = new ArrayList<>();

  PersonLookups(Clock clock) {
    this.clock = clock;
  }

  /** Checks the headers and the ID, logs the look-up and answers the register's entry (404 with {@code notFound}). */
  <T> T answer(String client, String caseId, PopulationQuery query, Map<String, T> register, String notFound) {
    if (client == null || !CLIENT.matcher(client).matches()) {
      throw ApiException.badRequest("Thiếu hoặc sai tiêu đề X-Road-Client (VN/GOV/{mã cơ quan}/{hệ thống}).");
    }
    if (caseId == null || caseId.isBlank()) {
      throw ApiException.badRequest("Thiếu tiêu đề X-Road-Id (mã hồ sơ của lần tra cứu).");
    }
    if (query == null || query.personalId() == null || !PERSONAL_ID.matcher(query.personalId()).matches()) {
      throw ApiException.badRequest("Số định danh cá nhân phải gồm đúng 12 chữ số.");
    }
    T entry = register.get(query.personalId());
    synchronized (lookups) {
      lookups.add(new Lookup(client, caseId, query.personalId(), entry != null, Instant.now(clock)));
    }
    if (entry == null) {
      throw ApiException.notFound(notFound);
    }
    return entry;
  }

  /** Every look-up received, in order. */
  List<Lookup> all() {
    synchronized (lookups) {
      return List.copyOf(lookups);
    }
  }

  void clear() {
    synchronized (lookups) {
      lookups.clear();
    }
  }
}
