package vn.gov.commune.integration;

import java.time.Instant;
import java.util.Base64;

/**
 * A digital signature made by the signing service: a CMS (PKCS#7 detached, SHA-256) signature with
 * the signer's certificate and chain and an RFC 3161 time stamp, base64-encoded in {@code cms}.
 */
public record Signature(String signatureId, Instant signedAt, String certificateSerial, String cms) {

  /** The CMS signature as bytes (empty when the service returned none). */
  public byte[] cmsBytes() {
    return cms == null ? new byte[0] : Base64.getDecoder().decode(cms);
  }
}
