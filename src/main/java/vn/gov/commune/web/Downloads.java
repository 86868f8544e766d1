package vn.gov.commune.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way the API hands out a stored file: always as an attachment, under a name cleaned of
 * control, bidi and zero-width characters (names stored before they were cleaned on upload too),
 * written by Spring's {@link ContentDisposition} builder as
 * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>}, so a
 * quote, CR or LF in a name can never end the header. {@code X-Content-Type-Options: nosniff}
 * comes with every /api answer ({@link ApiResponseHeaders}).
 */
public final class Downloads {

  private Downloads() {}

  public static ResponseEntity<byte[]> attachment(byte[] content, String fileName, String contentType) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
        .contentType(contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType))
        .body(content);
  }

  static String contentDisposition(String fileName) {
    String name = UntrustedText.fileName(fileName, "tep");
    String ascii = UntrustedText.ascii(name);
    String header = ContentDisposition.attachment().filename(ascii).build().toString();
    if (ascii.equals(name)) {
      return header;
    }
    // the builder writes filename* only together with an RFC 2047 filename=; keep its filename* part
    String utf8 = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    return header + utf8.substring(utf8.indexOf("; filename*="));
  }
}
