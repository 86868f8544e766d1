package vn.gov.commune.integration;

import java.time.Instant;

/** The provincial dashboard's acknowledgement of one snapshot. */
public record DashboardReceipt(String communeId, String period, long version, Instant receivedAt) {}
