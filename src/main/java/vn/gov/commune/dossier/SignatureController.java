package vn.gov.commune.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.commune.digitisation.ContentInspector;
import vn.gov.commune.digitisation.ContentRefusedException;
import vn.gov.commune.digitisation.FileType;
import vn.gov.commune.digitisation.Refusal;
import vn.gov.commune.web.ApiException;
import vn.gov.commune.web.UntrustedText;

/**
 * Checks the digital signature of a PDF someone holds (a result the product issued, or a tampered
 * copy of one). Logged-in users only, like the rest of {@code /api}: see README for why there is no
 * public page. The upload is screened like a digitised file before its signature is read ({@link
 * ContentInspector}: the real type from the bytes, the size limit, decompression bombs, JavaScript or
 * launch actions, encryption): a refused file gets the inspector's Vietnamese 400/413/415 with its
 * {@code reason}, and nothing of it is kept.
 */
@RestController
@RequestMapping("/api/signatures")
@Tag(name = "Chữ ký số")
public class SignatureController {

  private final SignatureVerification verification;
  private final ContentInspector inspector;

  public SignatureController(SignatureVerification verification, ContentInspector inspector) {
    this.verification = verification;
    this.inspector = inspector;
  }

  @Operation(summary = "Kiểm tra chữ ký số của một tệp PDF (multipart: 'file')")
  @PostMapping(value = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public SignatureVerification.Verdict verify(@RequestParam(value = "file", required = false) MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw ApiException.badRequest("Thiếu tệp PDF cần kiểm tra chữ ký số (trường 'file').");
    }
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the name only labels the refusal message: cleaned as every uploaded name
    try {
      inspector.inspect(UntrustedText.uploadedFileName(file.getOriginalFilename(), "tep-tai-len.pdf"), file.getContentType(), bytes, Set.of(FileType.PDF));
    } catch (ContentRefusedException refused) {
      // A copy changed after signing often has a damaged content stream, which the inspector refuses
      // as CORRUPT when it reads the text: that copy is exactly what the person asks about, so it is
      // verified (and said invalid). Every other refusal (type, size, bomb, active content,
      // encryption, time-out) stands; a PDF the verifier cannot read either is a 400 below.
      if (refused.reason() != Refusal.CORRUPT) {
        throw refused;
      }
    }
    return verifyPdf(bytes, verification);
  }

  static SignatureVerification.Verdict verifyPdf(byte[] bytes, SignatureVerification verification) {
    if (!isPdf(bytes)) {
      throw ApiException.badRequest("Tệp gửi lên không phải là tệp PDF.");
    }
    try {
      return verification.verify(bytes);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Tệp PDF bị hỏng hoặc không đọc được.");
    }
  }

  static boolean isPdf(byte[] bytes) {
    byte[] magic = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    if (bytes == null || bytes.length < magic.length) {
      return false;
    }
    // the header may come after up to 1024 bytes of garbage (PDF 32000-1 annex H); ours do not
    int limit = Math.min(bytes.length - magic.length, 1024);
    for (int i = 0; i <= limit; i++) {
      if (java.util.Arrays.equals(bytes, i, i + magic.length, magic, 0, magic.length)) {
        return true;
      }
    }
    return false;
  }
}
