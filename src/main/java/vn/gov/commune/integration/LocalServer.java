package vn.gov.commune.integration;

import java.util.Optional;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The address of this application's own web server, known once it has started (the port may be random). */
@Component
public class LocalServer implements ApplicationListener<WebServerInitializedEvent> {

  private final String contextPath;
  private volatile Integer port;

  public LocalServer(Environment environment) {
    String path = environment.getProperty("server.servlet.context-path", "").strip();
    this.contextPath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) { // not the management server
      started(event.getWebServer().getPort());
    }
  }

  void started(int port) {
    this.port = port;
  }

  /** {@code http://localhost:{port}{context path}}, empty before the server has started. */
  public Optional<String> baseUrl() {
    Integer current = port;
    return current == null ? Optional.empty() : Optional.of("http://localhost:" + current + contextPath);
  }
}
