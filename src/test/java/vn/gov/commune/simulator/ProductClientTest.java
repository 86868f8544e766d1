package vn.gov.commune.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import vn.gov.commune.integration.ServiceEndpoint;
import vn.gov.commune.web.ApiException;

class ProductClientTest {

  @Test
  void aSubmissionBecomesAMultipartRequestAsThePortalUser() throws Exception {
    RestClient.Builder builder = ServiceEndpoint.configure(RestClient.builder(), Duration.ofSeconds(1), Duration.ofSeconds(1));
    MockRestServiceServer product = MockRestServiceServer.bindTo(builder).build();
    ProductClient client = new ProductClient(builder, () -> "http://product.test", "cổng", "mật-khẩu");
    product
        .expect(requestTo("http://product.test/api/dossiers"))
        .andExpect(header(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
            .encodeToString("cổng:mật-khẩu".getBytes(StandardCharsets.UTF_8))))
        .andExpect(
            request -> {
              String body = ((MockClientHttpRequest) request).getBodyAsString(StandardCharsets.UTF_8);
              assertThat(body).contains("name=\"application\"").contains("Content-Type: application/json");
              assertThat(body).contains("\"fullName\":\"Trần Thị Bình\"");
              assertThat(body).contains("name=\"component-TK01\"").contains("Content-Type: image/png").contains("PNG");
              assertThat(request.getHeaders().containsKey("Idempotency-Key")).isFalse();
            })
        .andRespond(withSuccess("{\"code\":\"X\"}", org.springframework.http.MediaType.APPLICATION_JSON));

    ProductClient.ForwardResult result =
        client.submitDossier(
            new ObjectMapper().readTree("{\"applicant\":{\"fullName\":\"Trần Thị Bình\"}}"),
            List.of(new ProductClient.SubmissionFile("component-TK01", "anh.png", "image/png", "iVBORw0KGgo=")),
            null);

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body().get("code").asText()).isEqualTo("X");
    product.verify();
  }

  @Test
  void badBase64IsABadRequest() {
    ProductClient client = new ProductClient(RestClient.builder(), () -> "http://product.test", "portal", "portal");
    assertThatThrownBy(
            () -> client.submitDossier(null, List.of(new ProductClient.SubmissionFile("TK01", "a.pdf", null, "%%%")), null))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST));
  }

  @Test
  void aFileWithoutComponentIsABadRequest() {
    ProductClient client = new ProductClient(RestClient.builder(), () -> "http://product.test", "portal", "portal");
    assertThatThrownBy(
            () -> client.submitDossier(null, List.of(new ProductClient.SubmissionFile(" ", "a.pdf", null, "JVBERi0=")), "k"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("mã thành phần hồ sơ");
  }

  @Test
  void anUnreachableProductIsABadGateway() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    ProductClient client =
        new ProductClient(
            ServiceEndpoint.configure(RestClient.builder(), Duration.ofMillis(500), Duration.ofMillis(500)),
            () -> "http://127.0.0.1:" + closedPort,
            "portal",
            "portal");
    assertThatThrownBy(() -> client.reportPayment("HS-1", "TT-1", 1000, "TT-1:paid"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_GATEWAY))
        .hasMessageContaining("kết quả thanh toán");
  }
}
