package vn.gov.commune.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.gov.commune.integration.NationalService;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.web.ApiException;

/**
 * What the simulators answered to each {@code Idempotency-Key}, kept in the database (table
 * {@code simulator_answer}, one key space per service): the first call with a key runs, every later
 * call with that key and the same request gets the first answer and changes nothing, also after a
 * restart; the same key with another request is refused (422). A call that fails stores no answer,
 * so it may be repeated. Calls with different keys never wait for each other.
 */
@Component
@Profile("simulators")
class IdempotentAnswers {

  static final String HEADER = "Idempotency-Key";
  static final int MAX_KEY_LENGTH = 200;

  /** One kind of call a simulator answers once per key, e.g. the portal's status changes. */
  record Operation(NationalService service, String name) {}

  private final SimulatorAnswerRepository answers;
  private final ObjectMapper json;
  private final Clock clock;
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  IdempotentAnswers(SimulatorAnswerRepository answers, ObjectMapper json, Clock clock) {
    this.answers = answers;
    this.json = json;
    this.clock = clock;
  }

  <T> T once(Operation operation, String key, Object request, Class<T> answerType, Supplier<T> call) {
    return once(operation, key, null, request, answerType, call);
  }

  /** @param subject what the call is about, to find its answer with {@link #answers} (at most 200 characters) */
  <T> T once(Operation operation, String key, String subject, Object request, Class<T> answerType, Supplier<T> call) {
    if (key == null || key.isBlank()) {
      throw ApiException.badRequest("Thiếu tiêu đề Idempotency-Key (mã hồ sơ:bước xử lý).");
    }
    if (key.length() > MAX_KEY_LENGTH || (subject != null && subject.length() > MAX_KEY_LENGTH)) {
      throw ApiException.badRequest("Idempotency-Key và mã hồ sơ dài tối đa " + MAX_KEY_LENGTH + " ký tự.");
    }
    String requestSha256 = sha256(request);
    // one read, under the key's lock: nearly every call brings a new key, and calls with different keys
    // never wait for each other (a first read outside the lock only added a query to each such call)
    synchronized (locks.computeIfAbsent(operation.service().id() + ":" + key, k -> new Object())) {
      Optional<T> first = stored(operation, key, requestSha256, answerType);
      if (first.isPresent()) {
        return first.get();
      }
      T answer = call.get();
      try {
        answers.save(
            new SimulatorAnswer(
                operation.service().id(), operation.name(), key, subject, requestSha256, write(answer), Instant.now(clock)));
      } catch (DataIntegrityViolationException e) {
        // answered at the same time by another instance of the application: that answer counts
        return stored(operation, key, requestSha256, answerType).orElseThrow(() -> e);
      }
      return answer;
    }
  }

  /** The answers about {@code subject}, in the order given. */
  <T> List<T> answers(Operation operation, String subject, Class<T> answerType) {
    return answers
        .findByServiceAndOperationAndSubjectOrderById(operation.service().id(), operation.name(), subject)
        .stream()
        .map(a -> read(a.answer(), answerType))
        .toList();
  }

  /** Forgets every answer of the service. */
  void forget(NationalService service) {
    answers.deleteByService(service.id());
    locks.keySet().removeIf(k -> k.startsWith(service.id() + ":"));
  }

  private <T> Optional<T> stored(Operation operation, String key, String requestSha256, Class<T> answerType) {
    return answers
        .findByServiceAndIdempotencyKey(operation.service().id(), key)
        .map(
            a -> {
              if (!a.operation().equals(operation.name()) || !a.requestSha256().equals(requestSha256)) {
                throw new ApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "Idempotency-Key '" + key + "' đã được dùng cho một yêu cầu khác. Yêu cầu mới cần khóa mới.");
              }
              return read(a.answer(), answerType);
            });
  }

  private String sha256(Object request) {
    try {
      return Hashes.sha256Hex(json.writeValueAsBytes(request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("request not hashable", e);
    }
  }

  private String write(Object answer) {
    try {
      return json.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("answer not writable as JSON", e);
    }
  }

  private <T> T read(String answer, Class<T> type) {
    try {
      return json.readValue(answer, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored answer not readable as " + type.getSimpleName(), e);
    }
  }
}
