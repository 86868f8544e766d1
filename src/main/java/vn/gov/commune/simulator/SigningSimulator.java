package vn.gov.commune.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.Signature;
import vn.gov.commune.integration.SigningRequest;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.web.ApiException;

/**
 * Simulated remote signing service: "signs" a document hash with the signer's certificate, whose
 * serial number is derived from the user id (the same signer always has the same certificate).
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
  private final Received<Signed> signatures = new Received<>();

  public SigningSimulator(Clock clock, IdempotentAnswers answers) {
    this.clock = clock;
    this.answers = answers;
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
          if (Ids.blank(request.dossierCode()) || Ids.blank(request.signerUserId())) {
            throw ApiException.badRequest("Thiếu mã hồ sơ hoặc người ký.");
          }
          if (request.documentSha256() == null || !Ids.SHA256.matcher(request.documentSha256()).matches()) {
            throw ApiException.badRequest("Mã băm SHA-256 của văn bản phải gồm 64 ký tự thập lục phân.");
          }
          Signature signature =
              new Signature(Ids.next("CK"), Instant.now(clock), certificateSerial(request.signerUserId()));
          signatures.add(new Signed(request, signature));
          return signature;
        });
  }

  static String certificateSerial(String signerUserId) {
    return "5404" + HexFormat.of().withUpperCase().formatHex(Hashes.sha256(signerUserId), 0, 14);
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
