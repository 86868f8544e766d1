package vn.gov.commune.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.gov.commune.integration.ServiceEndpoint;
import vn.gov.commune.web.ApiException;

/**
 * The simulated national services calling the product back, as the portal account: dossiers filed
 * on the national portal, payments made on the payment platform, answers of consulted agencies.
 * The product's answer (status and JSON body) is handed back as it is; only an unreachable product
 * is an error (502).
 */
class ProductClient {

  /** The product's answer to a forwarded call. */
  public record ForwardResult(int status, JsonNode body) {

    public boolean successful() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * A file attached to a dossier filed on the portal.
   *
   * @param component the dossier component's code (thành phần hồ sơ): the multipart part's name
   * @param contentBase64 the file's bytes in Base64
   */
  public record SubmissionFile(String component, String fileName, String contentType, String contentBase64) {}

  private final RestClient rest;
  private final Supplier<String> baseUrl;

  /** @param builder with its timeouts set (see {@link ServiceEndpoint#configure}) */
  public ProductClient(RestClient.Builder builder, Supplier<String> baseUrl, String user, String password) {
    this.rest =
        builder
            .defaultHeaders(headers -> headers.setBasicAuth(user, password, java.nio.charset.StandardCharsets.UTF_8))
            .build();
    this.baseUrl = baseUrl;
  }

  /**
   * {@code POST /api/dossiers}: multipart, part {@code application} (JSON) and one part per file,
   * named by its component code.
   */
  public ForwardResult submitDossier(JsonNode application, List<SubmissionFile> files, String idempotencyKey) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("application", new HttpEntity<>(application, json));
    for (SubmissionFile file : files == null ? List.<SubmissionFile>of() : files) {
      if (file.component() == null || file.component().isBlank()) {
        throw ApiException.badRequest("Tệp '" + file.fileName() + "' thiếu mã thành phần hồ sơ (\"component\").");
      }
      parts.add(file.component(), filePart(file));
    }
    return forward(
        "hồ sơ",
        rest.post()
            .uri(baseUrl.get() + "/api/dossiers")
            .headers(h -> idempotency(h, idempotencyKey))
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(parts));
  }

  /** {@code POST /api/dossiers/{code}/payment} with {@code {"paymentId":..,"amount":..}}. */
  public ForwardResult reportPayment(String dossierCode, String paymentId, long amount, String idempotencyKey) {
    return forward(
        "kết quả thanh toán",
        rest.post()
            .uri(baseUrl.get() + "/api/dossiers/{code}/payment", dossierCode)
            .headers(h -> idempotency(h, idempotencyKey))
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("paymentId", paymentId, "amount", amount)));
  }

  /** {@code POST /api/dossiers/{code}/consultation-answer} with the consulted agency's answer. */
  public ForwardResult answerConsultation(String dossierCode, Map<String, Object> answer, String idempotencyKey) {
    return forward(
        "ý kiến của cơ quan được hỏi",
        rest.post()
            .uri(baseUrl.get() + "/api/dossiers/{code}/consultation-answer", dossierCode)
            .headers(h -> idempotency(h, idempotencyKey))
            .contentType(MediaType.APPLICATION_JSON)
            .body(answer));
  }

  private static void idempotency(HttpHeaders headers, String key) {
    if (key != null && !key.isBlank()) {
      headers.set(IdempotentAnswers.HEADER, key);
    }
  }

  private static HttpEntity<ByteArrayResource> filePart(SubmissionFile file) {
    byte[] content;
    try {
      content = Base64.getDecoder().decode(file.contentBase64() == null ? "" : file.contentBase64().replaceAll("\\s", ""));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Nội dung tệp '" + file.fileName() + "' không phải Base64 hợp lệ.");
    }
    String name = file.fileName() == null || file.fileName().isBlank() ? "tep-dinh-kem" : file.fileName();
    ByteArrayResource resource =
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return name;
          }
        };
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(
        file.contentType() == null || file.contentType().isBlank()
            ? MediaType.APPLICATION_OCTET_STREAM
            : MediaType.parseMediaType(file.contentType()));
    return new HttpEntity<>(resource, headers);
  }

  private static ForwardResult forward(String what, RestClient.RequestBodySpec request) {
    try {
      return request
          .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
          .exchange(
              (req, response) -> {
                JsonNode body;
                try {
                  body = response.bodyTo(JsonNode.class);
                } catch (RestClientException e) {
                  body = null;
                }
                return new ForwardResult(response.getStatusCode().value(), body);
              });
    } catch (RestClientException | IllegalStateException e) {
      throw new ApiException(
          HttpStatus.BAD_GATEWAY, "Không chuyển được " + what + " tới hệ thống một cửa: hệ thống không phản hồi.");
    }
  }
}
