package vn.gov.commune.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The payload of a status sync job ({@value DossierService#STATUS_SYNC_JOB}): {@code
 * code:sequence:entryId[,entryId…]}, the dossier code read up to the last two colons. The history
 * entries hold consecutive status changes, the first of them number {@code sequence}: the status
 * changes one transaction made travel in one job (a dossier received is handed over for processing
 * in the same transaction: two statuses, one job), sent in order. A payload of one entry is the
 * form queued by versions before that.
 */
public record StatusSyncPayload(String dossierCode, int sequence, List<Long> entryIds) {

  public StatusSyncPayload {
    if (entryIds.isEmpty()) {
      throw new IllegalArgumentException("A status sync sends at least one status");
    }
    entryIds = List.copyOf(entryIds);
  }

  public StatusSyncPayload(String dossierCode, int sequence, long entryId) {
    this(dossierCode, sequence, List.of(entryId));
  }

  public static StatusSyncPayload parse(String payload) {
    int last = payload.lastIndexOf(':');
    int middle = last <= 0 ? -1 : payload.lastIndexOf(':', last - 1);
    if (middle <= 0) {
      throw new IllegalArgumentException("Not a status sync payload: " + payload);
    }
    List<Long> entries = new ArrayList<>();
    for (String entry : payload.substring(last + 1).split(",", -1)) {
      entries.add(Long.parseLong(entry));
    }
    return new StatusSyncPayload(payload.substring(0, middle), Integer.parseInt(payload.substring(middle + 1, last)), entries);
  }

  /** The sequence number of the status logged in {@code entryIds().get(index)}. */
  public int sequenceOf(int index) {
    return sequence + index;
  }

  /**
   * This payload followed by {@code next} when {@code next} is the same dossier's following status
   * change(s), so that one job sends them all in order; null otherwise.
   */
  public StatusSyncPayload followedBy(StatusSyncPayload next) {
    if (!dossierCode.equals(next.dossierCode) || next.sequence != sequence + entryIds.size()) {
      return null;
    }
    List<Long> entries = new ArrayList<>(entryIds);
    entries.addAll(next.entryIds);
    return new StatusSyncPayload(dossierCode, sequence, entries);
  }

  @Override
  public String toString() {
    return dossierCode + ":" + sequence + ":" + entryIds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
