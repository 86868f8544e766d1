package vn.gov.commune.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.gov.commune.web.ApiException;

/**
 * What a simulator answered to each {@code Idempotency-Key}: the first call with a key runs (and
 * stores what it received), every later call with that key gets the first answer and stores nothing.
 * A call that fails stores no answer, so it may be repeated. Calls with different keys never wait
 * for each other.
 */
final class IdempotentAnswers {

  static final String HEADER = "Idempotency-Key";

  private final Map<String, Object> answers = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  <T> T once(String key, Supplier<T> call) {
    if (key == null || key.isBlank()) {
      throw ApiException.badRequest("Thiếu tiêu đề Idempotency-Key (mã hồ sơ:bước xử lý).");
    }
    Object first = answers.get(key);
    if (first != null) {
      return (T) first;
    }
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      first = answers.get(key);
      if (first != null) {
        return (T) first;
      }
      T answer = call.get();
      answers.put(key, answer);
      return answer;
    }
  }

  boolean answered(String key) {
    return key != null && answers.containsKey(key);
  }

  int size() {
    return answers.size();
  }

  void clear() {
    answers.clear();
    locks.clear();
  }
}
