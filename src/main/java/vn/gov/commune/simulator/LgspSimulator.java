package vn.gov.commune.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.integration.ConsultationReceipt;
import vn.gov.commune.integration.ConsultationRequest;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.simulator.ProductClient.ForwardResult;
import vn.gov.commune.web.ApiException;

/**
 * Simulated provincial data-sharing platform (LGSP) carrying consultations between agencies. The
 * consulted agency's answer is given with {@code POST /sim/lgsp/consultations/{id}/answer} and sent
 * to the product ({@code POST /api/dossiers/{code}/consultation-answer}) as the portal account.
 */
@RestController
@Profile("simulators")
@RequestMapping("/sim/lgsp")
public class LgspSimulator implements Simulator {

  /** A consultation and, once given, its answer. */
  public record Consultation(
      String consultationId, ConsultationRequest request, Instant sentAt, String answer, Boolean agreed, Instant answeredAt) {}

  /** The consulted agency's answer: its text and whether it agrees (null = no opinion). */
  public record Answer(String answer, Boolean agreed) {}

  private static final IdempotentAnswers.Operation CONSULTATION =
      new IdempotentAnswers.Operation(NationalService.LGSP, "consultation");

  private final ProductClient product;
  private final Clock clock;
  private final IdempotentAnswers answers;
  private final Map<String, Consultation> consultations = new LinkedHashMap<>();

  public LgspSimulator(ProductClient product, Clock clock, IdempotentAnswers answers) {
    this.product = product;
    this.clock = clock;
    this.answers = answers;
  }

  @Override
  public NationalService service() {
    return NationalService.LGSP;
  }

  @PostMapping("/consultations")
  public ConsultationReceipt send(
      @RequestHeader(name = IdempotentAnswers.HEADER, required = false) String key,
      @RequestBody ConsultationRequest request) {
    return answers.once(
        CONSULTATION,
        key,
        request,
        ConsultationReceipt.class,
        () -> {
          if (Ids.blank(request.dossierCode()) || Ids.blank(request.agency()) || Ids.blank(request.question())) {
            throw ApiException.badRequest("Văn bản xin ý kiến phải có mã hồ sơ, cơ quan được hỏi và nội dung.");
          }
          String id = Ids.next("XYK");
          synchronized (consultations) {
            consultations.put(id, new Consultation(id, request, Instant.now(clock), null, null, null));
          }
          return new ConsultationReceipt(id);
        });
  }

  @GetMapping("/consultations/{consultationId}")
  public Consultation show(@PathVariable String consultationId) {
    return consultation(consultationId).orElseThrow(() -> notFound(consultationId));
  }

  /** The consulted agency answers; the answer is sent to the product (again, if it did not take it). */
  @PostMapping("/consultations/{consultationId}/answer")
  public synchronized Consultation answer(@PathVariable String consultationId, @RequestBody Answer answer) {
    Consultation current = consultation(consultationId).orElseThrow(() -> notFound(consultationId));
    if (answer == null || Ids.blank(answer.answer())) {
      throw ApiException.badRequest("Thiếu nội dung trả lời của cơ quan được hỏi.");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("consultationId", consultationId);
    body.put("agency", current.request().agency());
    body.put("answer", answer.answer());
    body.put("agreed", answer.agreed());
    ForwardResult result =
        product.answerConsultation(current.request().dossierCode(), body, consultationId + ":answer");
    if (!result.successful()) {
      throw new ApiException(
          HttpStatus.BAD_GATEWAY, "Hệ thống một cửa chưa nhận ý kiến trả lời (HTTP " + result.status() + ").");
    }
    Consultation answered =
        new Consultation(consultationId, current.request(), current.sentAt(), answer.answer(), answer.agreed(), Instant.now(clock));
    synchronized (consultations) {
      consultations.put(consultationId, answered);
    }
    return answered;
  }

  private static ApiException notFound(String consultationId) {
    return ApiException.notFound("Không tìm thấy văn bản xin ý kiến '" + consultationId + "'.");
  }

  public Optional<Consultation> consultation(String consultationId) {
    synchronized (consultations) {
      return Optional.ofNullable(consultations.get(consultationId));
    }
  }

  /** Every consultation sent, in order (a repeated key sends none). */
  public List<Consultation> consultations() {
    synchronized (consultations) {
      return List.copyOf(consultations.values());
    }
  }

  public List<Consultation> consultationsFor(String dossierCode) {
    return consultations().stream().filter(c -> c.request().dossierCode().equals(dossierCode)).toList();
  }

  @Override
  public void clear() {
    answers.forget(service());
    synchronized (consultations) {
      consultations.clear();
    }
  }
}
