package vn.gov.commune.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.Signature;
import vn.gov.commune.integration.SigningRequest;
import vn.gov.commune.web.ApiException;

/**
 * Simulated remote signing service (ký số từ xa): signs the SHA-256 the product sends with the
 * leader's key held by the {@link DemoCertificateAuthority} (a certificate per leader under the demo
 * root, the same across restarts) and answers a CMS signature (PKCS#7 detached, SHA-256) with the
 * chain and an RFC 3161 time stamp. The private keys never leave the simulator.
 */
@RestController
@Profile("simulators")
@RequestMapping("/sim/signing")
public class SigningSimulator implements Simulator {

  public record Signed(SigningRequest request, Signature signature) {}

  private static final IdempotentAnswers.Operation SIGNATURE =
      new IdempotentAnswers.Operation(NationalService.SIGNING, "signature");

  private final Clock clock;
  private final IdempotentAnswers answers;
  private final DemoCertificateAuthority authority;
  private final Received<Signed> signatures = new Received<>();

  public SigningSimulator(Clock clock, IdempotentAnswers answers, DemoCertificateAuthority authority) {
    this.clock = clock;
    this.answers = answers;
    this.authority = authority;
  }

  @Override
  public NationalService service() {
    return NationalService.SIGNING;
  }

  @PostMapping("/signatures")
  public Signature sign(
      @RequestHeader(name = IdempotentAnswers.HEADER, required = false) String key, @RequestBody SigningRequest request) {
    return answers.once(
        SIGNATURE,
        key,
        request,
        Signature.class,
        () -> {
          if (Ids.blank(request.dossierCode()) || Ids.blank(request.signerUserId())
              || Ids.blank(request.signerName()) || Ids.blank(request.signerCommune())) {
            throw ApiException.badRequest("Thiếu mã hồ sơ, người ký, họ tên hoặc đơn vị của người ký.");
          }
          if (request.documentSha256() == null || !Ids.SHA256.matcher(request.documentSha256()).matches()) {
            throw ApiException.badRequest("Mã băm SHA-256 của văn bản phải gồm 64 ký tự thập lục phân.");
          }
          DemoCertificateAuthority.Credential signer =
              authority.leader(request.signerUserId().strip(), request.signerName().strip(), request.signerCommune().strip());
          Instant at = Instant.now(clock);
          byte[] cms = authority.sign(signer, HexFormat.of().parseHex(request.documentSha256()), at);
          Signature signature = new Signature(
              Ids.next("CK"), at, DemoCertificateAuthority.serial(signer.certificate()), Base64.getEncoder().encodeToString(cms));
          signatures.add(new Signed(request, signature));
          return signature;
        });
  }

  /** The demo root certificate (PEM): what a verifier trusts. */
  @GetMapping(value = "/certificates/root", produces = MediaType.TEXT_PLAIN_VALUE)
  public String root() {
    return DemoCertificateAuthority.pem(authority.root());
  }

  public List<Signed> signatures() {
    return signatures.all();
  }

  public List<Signed> signaturesFor(String dossierCode) {
    return signatures.where(s -> s.request().dossierCode().equals(dossierCode));
  }

  @Override
  public void clear() {
    answers.forget(service());
    signatures.clear();
  }
}
