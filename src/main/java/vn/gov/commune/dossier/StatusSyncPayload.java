package vn.gov.commune.dossier;

/**
 * The payload of a status sync job ({@value DossierService#STATUS_SYNC_JOB}): {@code code:sequence:entryId},
 * the dossier code read up to the last two colons.
 */
public record StatusSyncPayload(String dossierCode, int sequence, long entryId) {

  public static StatusSyncPayload parse(String payload) {
    int last = payload.lastIndexOf(':');
    int middle = last <= 0 ? -1 : payload.lastIndexOf(':', last - 1);
    if (middle <= 0) {
      throw new IllegalArgumentException("Not a status sync payload: " + payload);
    }
    return new StatusSyncPayload(
        payload.substring(0, middle), Integer.parseInt(payload.substring(middle + 1, last)), Long.parseLong(payload.substring(last + 1)));
  }

  @Override
  public String toString() {
    return dossierCode + ":" + sequence + ":" + entryId;
  }
}
