package vn.gov.commune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.commune.CommuneWorkflowApplication;
import vn.gov.commune.support.SeparateJvm;

/**
 * In the demo profile the API description and Swagger UI are open (outside it they need a login,
 * see RestSecurityTest). Runs the demo on a private in-memory database.
 */
@Tag(SeparateJvm.TAG)
@ExtendWith(OutputCaptureExtension.class)
class ApiDocsInDemoTest {

  @Test
  void apiDocsAndSwaggerUiAreOpenInTheDemo(CapturedOutput output) throws Exception {
    String tmp = System.getProperty("java.io.tmpdir");
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(CommuneWorkflowApplication.class)
            .web(WebApplicationType.SERVLET)
            .profiles("demo")
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:docs-demo;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--camunda.bpm.job-execution.enabled=false",
                "--app.files.dir=" + tmp + "/docs-demo-files",
                "--app.digitisation.store-dir=" + tmp + "/docs-demo-content",
                "--app.digitisation.archive-root=" + tmp + "/docs-demo-archives")) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      HttpClient client = HttpClient.newHttpClient();
      for (String path : new String[] {"/v3/api-docs", "/swagger-ui/index.html"}) {
        HttpResponse<String> answer =
            client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
      }
      HttpResponse<String> api =
          client.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/calendar/days/2026-02-17")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(401);
      assertThat(output.getOut()).doesNotContain("Using generated security password");
    }
  }
}
