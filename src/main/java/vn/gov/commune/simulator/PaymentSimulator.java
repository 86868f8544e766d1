package vn.gov.commune.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.integration.PaymentOrder;
import vn.gov.commune.integration.PaymentRequest;
import vn.gov.commune.simulator.ProductClient.ForwardResult;
import vn.gov.commune.web.ApiException;

/**
 * Simulated national payment platform: opens a payment for a dossier, and when the citizen pays
 * ({@code POST /sim/payment/payments/{id}/pay}) reports it to the product
 * ({@code POST /api/dossiers/{code}/payment}) as the portal account. Paying twice changes nothing;
 * a report the product did not take is sent again when the citizen pays again.
 */
@RestController
@Profile("simulators")
@RequestMapping("/sim/payment")
public class PaymentSimulator implements Simulator {

  /** A payment as the platform shows it. */
  public record Payment(
      String paymentId,
      String dossierCode,
      long amount,
      String description,
      String payUrl,
      boolean paid,
      Instant paidAt,
      boolean reported) {}

  private static final IdempotentAnswers.Operation PAYMENT =
      new IdempotentAnswers.Operation(NationalService.PAYMENT, "payment");

  private final ProductClient product;
  private final Clock clock;
  private final IdempotentAnswers answers;
  private final Map<String, Payment> payments = new ConcurrentHashMap<>();
  private final List<String> order = new ArrayList<>();

  public PaymentSimulator(ProductClient product, Clock clock, IdempotentAnswers answers) {
    this.product = product;
    this.clock = clock;
    this.answers = answers;
  }

  @Override
  public NationalService service() {
    return NationalService.PAYMENT;
  }

  @PostMapping("/payments")
  public PaymentRequest open(
      @RequestHeader(name = IdempotentAnswers.HEADER, required = false) String key, @RequestBody PaymentOrder payment) {
    return answers.once(
        PAYMENT,
        key,
        payment,
        PaymentRequest.class,
        () -> {
          if (payment.dossierCode() == null || payment.dossierCode().isBlank()) {
            throw ApiException.badRequest("Thiếu mã hồ sơ của khoản thanh toán.");
          }
          if (payment.amount() <= 0) {
            throw ApiException.badRequest("Số tiền thanh toán phải lớn hơn 0.");
          }
          String id = "TT-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
          String payUrl =
              ServletUriComponentsBuilder.fromCurrentContextPath()
                  .path("/sim/payment/payments/{id}")
                  .buildAndExpand(id)
                  .toUriString();
          payments.put(
              id, new Payment(id, payment.dossierCode(), payment.amount(), payment.description(), payUrl, false, null, false));
          synchronized (order) {
            order.add(id);
          }
          return new PaymentRequest(id, payUrl);
        });
  }

  @GetMapping("/payments/{paymentId}")
  public Payment show(@PathVariable String paymentId) {
    return payment(paymentId).orElseThrow(() -> notFound(paymentId));
  }

  /** The citizen pays: marked paid (once) and reported to the product until it takes the report. */
  @PostMapping("/payments/{paymentId}/pay")
  public synchronized Payment pay(@PathVariable String paymentId) {
    Payment current = payments.get(paymentId);
    if (current == null) {
      throw notFound(paymentId);
    }
    if (!current.paid()) {
      current = update(current, Instant.now(clock), false);
    }
    if (current.reported()) {
      return current;
    }
    ForwardResult result =
        product.reportPayment(current.dossierCode(), current.paymentId(), current.amount(), current.paymentId() + ":paid");
    if (!result.successful()) {
      throw new ApiException(
          HttpStatus.BAD_GATEWAY,
          "Đã thanh toán nhưng hệ thống một cửa chưa nhận kết quả (HTTP " + result.status() + "). Hãy gửi lại sau.");
    }
    return update(current, current.paidAt(), true);
  }

  private Payment update(Payment p, Instant paidAt, boolean reported) {
    Payment paid = new Payment(p.paymentId(), p.dossierCode(), p.amount(), p.description(), p.payUrl(), true, paidAt, reported);
    payments.put(paid.paymentId(), paid);
    return paid;
  }

  private static ApiException notFound(String paymentId) {
    return ApiException.notFound("Không tìm thấy khoản thanh toán '" + paymentId + "'.");
  }

  public Optional<Payment> payment(String paymentId) {
    return Optional.ofNullable(payments.get(paymentId));
  }

  /** Every payment opened, in order (a repeated key opens none). */
  public List<Payment> payments() {
    synchronized (order) {
      return order.stream().map(payments::get).toList();
    }
  }

  public List<Payment> paymentsFor(String dossierCode) {
    return payments().stream().filter(p -> p.dossierCode().equals(dossierCode)).toList();
  }

  @Override
  public void clear() {
    answers.forget(service());
    synchronized (order) {
      payments.clear();
      order.clear();
    }
  }
}
