package vn.gov.commune.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls to the running product as a given user (HTTP Basic), or anonymously with {@code user == null}. */
public final class Http {

  private final TestRestTemplate rest;

  public Http(TestRestTemplate rest) {
    this.rest = rest;
  }

  public <T> ResponseEntity<T> get(String user, String password, String url, Class<T> type) {
    return rest.exchange(url, HttpMethod.GET, new HttpEntity<>(headers(user, password)), type);
  }

  public <T> ResponseEntity<T> get(String user, String url, Class<T> type) {
    return get(user, user, url, type);
  }

  public <T> ResponseEntity<T> get(String user, String url, ParameterizedTypeReference<T> type) {
    return rest.exchange(url, HttpMethod.GET, new HttpEntity<>(headers(user, user)), type);
  }

  public <T> ResponseEntity<T> send(HttpMethod method, String user, String url, Object body, Class<T> type) {
    return send(method, user, user, url, body, type);
  }

  public <T> ResponseEntity<T> send(
      HttpMethod method, String user, String password, String url, Object body, Class<T> type) {
    return rest.exchange(url, method, new HttpEntity<>(body, headers(user, password)), type);
  }

  private static HttpHeaders headers(String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (user != null) {
      String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      headers.set(HttpHeaders.AUTHORIZATION, "Basic " + token);
    }
    return headers;
  }
}
