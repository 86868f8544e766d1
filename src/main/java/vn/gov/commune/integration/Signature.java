package vn.gov.commune.integration;

import java.time.Instant;

/** A digital signature made by the signing service. */
public record Signature(String signatureId, Instant signedAt, String certificateSerial) {}
