package vn.gov.commune.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.commune.documents.PdfSignatures;

/**
 * What a check of a signed PDF tells a person: valid or not, who signed and when, whether the
 * certificate leads to the trusted root and whether the content is unchanged, with Vietnamese labels.
 */
@Component
public class SignatureVerification {

  /** The answer about one file. */
  public record Verdict(boolean valid, String conclusion, List<SignatureView> signatures) {}

  /**
   * One signature.
   *
   * @param details "label: value" lines in Vietnamese, for a person to read
   */
  public record SignatureView(
      boolean valid,
      String signer,
      String signerSubject,
      String certificateSerial,
      Instant signingTime,
      boolean timeStamped,
      boolean chainedToTrustedRoot,
      boolean unchanged,
      boolean coversWholeDocument,
      List<String> problems,
      List<String> details) {}

  /** A short summary for a document listing. */
  public record Summary(boolean valid, String signer, Instant signingTime, String conclusion) {}

  private final ResultSignatures signatures;
  private final DossierSlips slips;

  public SignatureVerification(ResultSignatures signatures, DossierSlips slips) {
    this.signatures = signatures;
    this.slips = slips;
  }

  /** @throws IllegalArgumentException when the bytes are not a readable PDF */
  public Verdict verify(byte[] pdf) {
    List<SignatureView> views = signatures.verify(pdf).stream().map(this::view).toList();
    if (views.isEmpty()) {
      return new Verdict(false, "Tệp không có chữ ký số.", views);
    }
    boolean valid = views.stream().allMatch(SignatureView::valid);
    SignatureView first = views.get(0);
    String conclusion = valid
        ? "Chữ ký số hợp lệ: văn bản do " + first.signer() + " ký lúc " + slips.dateTime(first.signingTime())
            + "; chứng thư số dẫn tới chứng thư gốc được tin cậy; nội dung không bị thay đổi sau khi ký."
        : "Chữ ký số KHÔNG hợp lệ: " + String.join(" ", views.stream().flatMap(v -> v.problems().stream()).distinct().toList());
    return new Verdict(valid, conclusion, views);
  }

  /** The summary of a stored signed document. */
  public Summary summary(byte[] pdf) {
    Verdict verdict = verify(pdf);
    SignatureView first = verdict.signatures().isEmpty() ? null : verdict.signatures().get(0);
    return new Summary(verdict.valid(), first == null ? null : first.signer(), first == null ? null : first.signingTime(), verdict.conclusion());
  }

  private SignatureView view(PdfSignatures.Check check) {
    List<String> details = new ArrayList<>();
    details.add("Kết luận: " + (check.valid() ? "Chữ ký hợp lệ" : "Chữ ký không hợp lệ"));
    details.add("Người ký: " + (check.signerName() == null ? "không xác định" : check.signerName()));
    details.add("Chứng thư số: " + (check.signerSubject() == null ? "không có" : check.signerSubject())
        + (check.certificateSerial() == null ? "" : " (số hiệu " + check.certificateSerial() + ")"));
    details.add("Thời điểm ký: " + (check.signingTime() == null ? "không xác định" : slips.dateTime(check.signingTime()))
        + (check.timeStamped() ? " (theo dấu thời gian)" : ""));
    details.add("Dẫn tới chứng thư gốc được tin cậy: " + yesNo(check.chainedToTrustedRoot()));
    details.add("Nội dung không bị thay đổi sau khi ký: " + yesNo(check.unchanged() && check.coversWholeDocument()));
    details.add("Có dấu thời gian hợp lệ: " + yesNo(check.timeStamped()));
    return new SignatureView(
        check.valid(), check.signerName(), check.signerSubject(), check.certificateSerial(), check.signingTime(),
        check.timeStamped(), check.chainedToTrustedRoot(), check.unchanged(), check.coversWholeDocument(),
        check.problems(), details);
  }

  private static String yesNo(boolean value) {
    return value ? "Có" : "Không";
  }
}
