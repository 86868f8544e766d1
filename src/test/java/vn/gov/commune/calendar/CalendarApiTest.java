package vn.gov.commune.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

@IntegrationTest
class CalendarApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired CalendarOverrideRepository overrides;
  @Autowired WorkingDayCalendar calendar;
  Http http;

  @BeforeEach
  void setUp() {
    http = new Http(rest);
  }

  @AfterEach
  void removeOverrides() {
    overrides.deleteAll();
    calendar.refreshOverrides();
  }

  private JsonNode ok(String user, String url) {
    ResponseEntity<JsonNode> response = http.get(user, url, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @Test
  void tet2026IsADayOffWithItsReason() {
    JsonNode day = ok("sathay.clerk", "/api/calendar/days/2026-02-17");
    assertThat(day.get("workingDay").asBoolean()).isFalse();
    assertThat(day.get("reason").asText()).isEqualTo("Tết Nguyên đán");
    assertThat(day.get("source").asText()).isEqualTo("OFFICIAL_SCHEDULE");
    assertThat(ok("sathay.clerk", "/api/calendar/days/2026-02-23").get("workingDay").asBoolean()).isTrue();
  }

  @Test
  void theQuocKhanh2026SwapIsAnswered() {
    JsonNode saturday = ok("kontum.clerk", "/api/calendar/days/2026-08-22");
    assertThat(saturday.get("workingDay").asBoolean()).isTrue();
    assertThat(saturday.get("reason").asText()).contains("Làm bù");
    JsonNode monday = ok("kontum.clerk", "/api/calendar/days/2026-08-31");
    assertThat(monday.get("workingDay").asBoolean()).isFalse();
    assertThat(monday.get("reason").asText()).contains("hoán đổi");
    assertThat(ok("kontum.clerk", "/api/calendar/days/2026-09-01").get("workingDay").asBoolean()).isFalse();
    assertThat(ok("kontum.clerk", "/api/calendar/days/2026-09-02").get("reason").asText()).contains("Quốc khánh");
  }

  @Test
  void deadlineSkipsTheTetBreak() {
    JsonNode deadline = ok("sathay.clerk", "/api/calendar/deadline?receivedAt=2026-02-13T10:00&workingDays=1");
    assertThat(deadline.get("due").asText()).isEqualTo("2026-02-23");
    assertThat(deadline.get("dueAt").asText()).isEqualTo("2026-02-23T17:00:00");
    JsonNode sameDay = ok("sathay.clerk", "/api/calendar/deadline?receivedAt=2026-03-02T15:30:00&workingDays=0");
    assertThat(sameDay.get("due").asText()).isEqualTo("2026-03-03");
    assertThat(sameDay.get("cutOffApplied").asBoolean()).isTrue();
  }

  @Test
  void yearViewListsTheDaysOffWithTheirLegalSources() {
    JsonNode year = ok("sathay.clerk", "/api/calendar/years/2026");
    assertThat(year.get("schedule").asText()).isEqualTo("OFFICIAL_SCHEDULE");
    assertThat(year.get("sources").toString()).contains("9441/TB-BNV").contains("12729/VPCP-KGVX");
    assertThat(year.get("days").size()).isEqualTo(16); // 14 listed days (one on a Sunday) + 2 make-up Saturdays
    assertThat(ok("sathay.clerk", "/api/calendar/years/2031").get("schedule").asText()).isEqualTo("STATUTORY_ESTIMATE");
  }

  @Test
  void badInputIsA400WithAVietnameseMessage() {
    assertBadRequest("/api/calendar/days/17-02-2026", "Định dạng đúng là yyyy-MM-dd");
    assertBadRequest("/api/calendar/days/2026-02-30", "không hợp lệ");
    assertBadRequest("/api/calendar/days/1800-01-01", "ngoài phạm vi");
    assertBadRequest("/api/calendar/deadline?receivedAt=2026-02-13&workingDays=1", "Thời điểm tiếp nhận");
    assertBadRequest("/api/calendar/deadline?receivedAt=2026-02-13T10:00&workingDays=-1", "từ 0 đến");
    assertBadRequest("/api/calendar/deadline?receivedAt=2026-02-13T10:00&workingDays=ba", "không phải là số nguyên");
    assertBadRequest("/api/calendar/deadline?receivedAt=2026-02-13T10:00", "Thiếu tham số bắt buộc 'workingDays'");
  }

  private void assertBadRequest(String url, String message) {
    ResponseEntity<JsonNode> response = http.get("sathay.clerk", url, JsonNode.class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("detail").asText()).as(url).contains(message);
    assertThat(response.getBody().toString()).doesNotContain("Exception").doesNotContain("at vn.");
  }

  @Test
  void anAdministratorAddsADayOffAtRuntimeAndItIsAudited() {
    String day = "/api/calendar/days/2026-11-24";
    assertThat(ok("sathay.clerk", day).get("workingDay").asBoolean()).isTrue();

    var change = new CalendarController.DayChange(false, "Ngày Văn hóa Việt Nam (Bộ luật Lao động sửa đổi)");
    assertThat(http.send(HttpMethod.PUT, "sathay.clerk", "/api/calendar/overrides/2026-11-24", change, JsonNode.class)
            .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ok("sathay.clerk", day).get("workingDay").asBoolean()).isTrue();

    var noReason = new CalendarController.DayChange(false, " ");
    ResponseEntity<JsonNode> refused =
        http.send(HttpMethod.PUT, "demo", "/api/calendar/overrides/2026-11-24", noReason, JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").asText()).contains("lý do");
    assertThat(ok("sathay.clerk", day).get("workingDay").asBoolean()).isTrue();

    assertThat(http.send(HttpMethod.PUT, "demo", "/api/calendar/overrides/2026-11-24", change, JsonNode.class)
            .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    JsonNode changed = ok("sathay.clerk", day);
    assertThat(changed.get("workingDay").asBoolean()).isFalse();
    assertThat(changed.get("reason").asText()).isEqualTo("Ngày Văn hóa Việt Nam (Bộ luật Lao động sửa đổi)");
    assertThat(changed.get("source").asText()).isEqualTo("ADMIN_OVERRIDE");
    assertThat(ok("sathay.clerk", "/api/calendar/deadline?receivedAt=2026-11-23T09:00&workingDays=1").get("due").asText())
        .isEqualTo("2026-11-25");

    assertThat(http.send(HttpMethod.DELETE, "demo", "/api/calendar/overrides/2026-11-24", null, JsonNode.class)
            .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.send(HttpMethod.DELETE, "demo", "/api/calendar/overrides/2026-11-24?reason=Nhập nhầm", null, Void.class)
            .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(ok("sathay.clerk", day).get("workingDay").asBoolean()).isTrue();

    JsonNode log = ok("demo", "/api/calendar/changes");
    assertThat(log.get(0).get("action").asText()).isEqualTo("REMOVE_OVERRIDE");
    assertThat(log.get(0).get("reason").asText()).isEqualTo("Nhập nhầm");
    assertThat(log.get(0).get("actor").asText()).isEqualTo("demo");
    assertThat(log.get(1).get("action").asText()).isEqualTo("SET_DAY_OFF");
    assertThat(log.get(1).get("previousState").asText()).startsWith("Ngày làm việc");
    assertThat(http.get("sathay.clerk", "/api/calendar/changes", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
