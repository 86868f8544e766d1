package vn.gov.commune.integration;

import java.time.Instant;

/** The national portal's acknowledgement of a status change. */
public record StatusSyncReceipt(String dossierCode, int sequence, Instant receivedAt) {}
