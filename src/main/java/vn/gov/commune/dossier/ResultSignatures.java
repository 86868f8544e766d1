package vn.gov.commune.dossier;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import vn.gov.commune.documents.PdfRenderer;
import vn.gov.commune.documents.PdfSignatures;
import vn.gov.commune.documents.ResultPaper;
import vn.gov.commune.integration.Signature;
import vn.gov.commune.integration.SigningClient;
import vn.gov.commune.integration.SigningRequest;
import vn.gov.commune.organisation.StaffDirectory;

/**
 * Electronic results as signed PDFs: renders the result paper, has the remote signing service sign its
 * byte range with the leader's certificate (PAdES, ETSI.CAdES.detached), and verifies signed PDFs
 * against the signing service's root certificate (fetched once, then kept).
 */
@Component
public class ResultSignatures {

  /** A signed PDF, the signature the service made, and the pages and text the PDF was rendered with. */
  public record Signed(byte[] pdf, Signature signature, int pages, String text) {}

  private final PdfRenderer renderer;
  private final SigningClient signing;
  private final StaffDirectory staff;
  private final AtomicReference<List<X509Certificate>> roots = new AtomicReference<>();

  public ResultSignatures(PdfRenderer renderer, SigningClient signing, StaffDirectory staff) {
    this.renderer = renderer;
    this.signing = signing;
    this.staff = staff;
  }

  /**
   * Renders and signs. {@code idempotencyKey} is extended with the digest of the signed byte range, so
   * a retry of the same bytes is answered by the same signature.
   */
  public Signed sign(Dossier dossier, ResultPaper paper, String signerId, String commune, Instant at, String idempotencyKey) {
    return sign(dossier.getCode(), paper, signerId, commune, at, idempotencyKey);
  }

  /** As {@link #sign(Dossier, ResultPaper, String, String, Instant, String)} for a paper filed under {@code code} (a dossier's or a request's). */
  public Signed sign(String code, ResultPaper paper, String signerId, String commune, Instant at, String idempotencyKey) {
    Calendar when = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    when.setTimeInMillis(at.toEpochMilli());
    PdfRenderer.Rendered rendered = renderer.render(paper, when);
    byte[] unsigned = rendered.pdf();
    String signerName = staff.find(signerId).map(StaffDirectory.Staff::fullName).orElse(signerId);
    Signature[] made = new Signature[1];
    byte[] pdf = PdfSignatures.sign(
        unsigned,
        new PdfSignatures.Signing(signerName, commune, paper.title() + " " + paper.number(), when),
        digest -> {
          String hex = HexFormat.of().formatHex(digest);
          made[0] = signing.sign(
              new SigningRequest(code, signerId, signerName, commune, hex), idempotencyKey + ":" + hex);
          return made[0].cmsBytes();
        });
    return new Signed(pdf, made[0], rendered.pages(), rendered.text());
  }

  /** Checks every signature of a PDF against the signing service's root. */
  public List<PdfSignatures.Check> verify(byte[] pdf) {
    return PdfSignatures.check(pdf, trustedRoots());
  }

  /** The roots a result's signature must chain to (the signing service's, asked once). */
  public List<X509Certificate> trustedRoots() {
    List<X509Certificate> known = roots.get();
    if (known == null) {
      known = List.of(parse(signing.rootCertificate()));
      roots.set(known);
    }
    return known;
  }

  static X509Certificate parse(String pem) {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (CertificateException e) {
      throw new IllegalStateException("Chứng thư gốc của dịch vụ ký số không đọc được.", e);
    }
  }
}
