package vn.gov.commune.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** An online birth registration (1.001193) filed by the national portal's account, as tests need one. */
public final class PortalSubmission {

  public static final String APPLICANT_ID = "062095001234";

  private PortalSubmission() {}

  /** Files it for {@code applicant} at {@code receiving}, with {@code pdf} as both components; the raw answer. */
  @SuppressWarnings("rawtypes")
  public static ResponseEntity<Map> birthRegistration(TestRestTemplate rest, String receiving, String applicant, byte[] pdf) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    HttpHeaders jsonPart = new HttpHeaders();
    jsonPart.setContentType(MediaType.APPLICATION_JSON);
    body.add("application", new HttpEntity<>("""
        {"procedureCode":"1.001193","receivingCommuneId":"%s","competentCommuneId":null,"channel":"ONLINE",
         "applicant":{"personalId":"%s","fullName":"%s","phone":"0905123456","address":"Thôn 1, xã Sa Thầy"},
         "copies":1,"pages":1,"data":{}}
        """.formatted(receiving, APPLICANT_ID, applicant), jsonPart));
    for (String component : List.of("TO_KHAI", "GIAY_CHUNG_SINH")) {
      body.add(component, new ByteArrayResource(pdf) {
        @Override
        public String getFilename() {
          return component.toLowerCase() + ".pdf";
        }
      });
    }
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("portal:portal".getBytes(StandardCharsets.UTF_8)));
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Idempotency-Key", UUID.randomUUID().toString());
    return rest.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
  }
}
