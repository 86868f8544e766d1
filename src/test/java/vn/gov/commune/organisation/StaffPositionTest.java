package vn.gov.commune.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.commune.support.Http;
import vn.gov.commune.support.IntegrationTest;

/**
 * An administrator corrects the position (chức vụ) printed under an officer's name: it replaces the
 * one derived from role and unit on what {@link StaffDirectory} gives slips and forms, and going back
 * restores the derived one. Bad input and other users change nothing.
 */
@IntegrationTest
class StaffPositionTest {

  static final String URL = "/api/admin/staff/sathay.specialist/position";
  static final String DERIVED = "Chuyên viên, Phòng Văn hóa - Xã hội";

  @Autowired TestRestTemplate rest;
  @Autowired StaffDirectory staff;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(rest);
    staff.setPosition("sathay.specialist", null);
  }

  @AfterEach
  void tearDown() {
    staff.setPosition("sathay.specialist", null);
  }

  @Test
  void anAdministratorSetsAPositionThatSlipsAndFormsUseAndCanGoBackToTheDerivedOne() {
    ResponseEntity<JsonNode> before = http.get("demo", URL, JsonNode.class);
    assertThat(before.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(before.getBody().get("position").asText()).isEqualTo(DERIVED);
    assertThat(before.getBody().get("set").asBoolean()).isFalse();

    ResponseEntity<JsonNode> set = http.send(HttpMethod.PUT, "demo", URL,
        Map.of("position", "  Công chức   Văn hóa - Xã hội "), JsonNode.class);
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(set.getBody().get("position").asText()).isEqualTo("Công chức Văn hóa - Xã hội");
    assertThat(set.getBody().get("set").asBoolean()).isTrue();
    assertThat(staff.nameAndPosition("sathay.specialist")).isEqualTo("Trần Văn Minh — Công chức Văn hóa - Xã hội");

    ResponseEntity<JsonNode> reset = http.send(HttpMethod.DELETE, "demo", URL, null, JsonNode.class);
    assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(reset.getBody().get("position").asText()).isEqualTo(DERIVED);
    assertThat(staff.nameAndPosition("sathay.specialist")).isEqualTo("Trần Văn Minh — " + DERIVED);
  }

  @Test
  void badInputIsRefusedInVietnameseAndChangesNothing() {
    ResponseEntity<JsonNode> blank = http.send(HttpMethod.PUT, "demo", URL, Map.of("position", "   "), JsonNode.class);
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getBody().get("detail").asText()).startsWith("Nhập chức vụ");

    ResponseEntity<JsonNode> tooLong = http.send(HttpMethod.PUT, "demo", URL, Map.of("position", "C".repeat(151)), JsonNode.class);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody().get("detail").asText()).contains("tối đa 150 ký tự");

    ResponseEntity<JsonNode> unknown = http.send(HttpMethod.PUT, "demo", "/api/admin/staff/khong.co/position",
        Map.of("position", "Chuyên viên"), JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("detail").asText()).isEqualTo("Không có người dùng 'khong.co'.");

    // an officer may not set positions, not even their own
    assertThat(http.send(HttpMethod.PUT, "sathay.specialist", URL, Map.of("position", "Chủ tịch"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(staff.positionIsSet("sathay.specialist")).isFalse();
    assertThat(staff.nameAndPosition("sathay.specialist")).isEqualTo("Trần Văn Minh — " + DERIVED);
  }
}
