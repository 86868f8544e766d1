package vn.gov.commune.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 for the whole product, in one place: content addresses of files, idempotency
 * fingerprints, catalogue entry fingerprints, secrets compared in constant time. Hex is lower-case.
 */
public final class Hashes {

  private static final HexFormat HEX = HexFormat.of();

  private Hashes() {}

  public static byte[] sha256(byte[] content) {
    return sha256Digest().digest(content);
  }

  /** SHA-256 of the text's UTF-8 bytes. */
  public static byte[] sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256 (64 characters). */
  public static String sha256Hex(byte[] content) {
    return HEX.formatHex(sha256(content));
  }

  /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256Hex(String text) {
    return HEX.formatHex(sha256(text));
  }

  /** Lower-case hex SHA-256 of a file, read as a stream (the file is not held in memory). */
  public static String sha256Hex(Path file) throws IOException {
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256Digest())) {
      in.transferTo(OutputStream.nullOutputStream());
      return HEX.formatHex(in.getMessageDigest().digest());
    }
  }

  /** HMAC-SHA256 of the data under the key. */
  public static byte[] hmacSha256(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
