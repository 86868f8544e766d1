package vn.gov.commune.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * HTTP calls to the running product as a given user (HTTP Basic), each timed under a call name. Not a
 * test: used by the benchmark drivers started from {@code .ci/benchmark/run}.
 */
final class HttpBench {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  /** Call name → latencies in microseconds. */
  private final ConcurrentMap<String, List<Long>> timings = new ConcurrentHashMap<>();
  private volatile boolean recording = true;

  HttpBench(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** An answer: status and body. */
  record Answer(int status, byte[] body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + text(), e);
      }
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    Answer expect(int... statuses) {
      for (int s : statuses) {
        if (s == status) {
          return this;
        }
      }
      throw new IllegalStateException("HTTP " + status + ": " + (body.length > 500 ? text().substring(0, 500) : text()));
    }
  }

  void recording(boolean on) {
    recording = on;
  }

  ConcurrentMap<String, List<Long>> timings() {
    return timings;
  }

  void clearTimings() {
    timings.clear();
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String call, String user, String path) {
    return send(call, HttpRequest.newBuilder(URI.create(base + path)).GET().header("Authorization", basic(user)).header("Accept", "application/json, */*"));
  }

  Answer postJson(String call, String user, String path, Object body) {
    return sendJson(call, user, path, "POST", body);
  }

  Answer putJson(String call, String user, String path, Object body) {
    return sendJson(call, user, path, "PUT", body);
  }

  private Answer sendJson(String call, String user, String path, String method, Object body) {
    try {
      byte[] json = JSON.writeValueAsBytes(body);
      return send(call, HttpRequest.newBuilder(URI.create(base + path))
          .method(method, HttpRequest.BodyPublishers.ofByteArray(json))
          .header("Authorization", basic(user))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }


  /** A multipart POST: parts are name → (JSON string | byte[] file content); file parts named {@code <name>.pdf}, or by {@code fileNames}. */
  Answer postMultipart(String call, String user, String path, Map<String, Object> parts, Map<String, String> headers, Map<String, String> fileNames) {
    String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (Map.Entry<String, Object> part : parts.entrySet()) {
        out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (part.getValue() instanceof byte[] file) {
          String fileName = fileNames.getOrDefault(part.getKey(), part.getKey().toLowerCase() + ".pdf");
          String contentType = fileName.endsWith(".bpmn") ? "application/octet-stream" : "application/pdf";
          out.write(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\"" + fileName + "\"\r\n"
              + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
          out.write(file);
        } else if (part.getValue() instanceof Json json) {
          out.write(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
          out.write(json.text().getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
          out.write(String.valueOf(part.getValue()).getBytes(StandardCharsets.UTF_8));
        }
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
        .header("Authorization", basic(user))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json");
    headers.forEach(request::header);
    return send(call, request);
  }

  /** A JSON text sent as a multipart part with Content-Type application/json. */
  record Json(String text) {}

  private Answer send(String call, HttpRequest.Builder request) {
    request.timeout(Duration.ofSeconds(120));
    long start = System.nanoTime();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(call + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(call + " interrupted", e);
    }
    long micros = (System.nanoTime() - start) / 1000;
    if (recording && call != null) {
      timings.computeIfAbsent(call, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(micros);
    }
    return new Answer(response.statusCode(), response.body());
  }

  /** p50/p95/p99 (nearest rank) in milliseconds of sorted microsecond latencies. */
  static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1000.0;
  }

  /** A markdown table row per call: count, p50, p95, p99, max (ms). */
  static List<String> latencyRows(String prefix, Map<String, List<Long>> timings) {
    List<String> rows = new ArrayList<>();
    timings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      List<Long> sorted;
      synchronized (e.getValue()) {
        sorted = new ArrayList<>(e.getValue());
      }
      java.util.Collections.sort(sorted);
      rows.add(String.format(java.util.Locale.ROOT, "| %s%s | %d | %.1f | %.1f | %.1f | %.1f |", prefix, e.getKey(), sorted.size(),
          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0));
    });
    return rows;
  }
}
