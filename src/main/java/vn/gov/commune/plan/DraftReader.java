package vn.gov.commune.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.gov.commune.web.ApiException;

/**
 * Reads a plan draft (the JSON of {@link vn.gov.commune.plan.importer.PlanDraft}, possibly corrected
 * by a person) field by field, so that a wrong date is named in Vietnamese instead of failing the
 * whole request as unreadable JSON. Dates are ISO (2025-12-20) or Vietnamese (20/12/2025) and must
 * exist (no 30/02).
 */
public final class DraftReader {

  private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** One task as the draft or the reviewer gives it. */
  public record TaskInput(
      String code,
      String section,
      String content,
      String parentTaskRef,
      String leadUnit,
      String coordinatingUnits,
      LocalDate deadline,
      boolean recurring,
      LocalDate recurrenceEnd,
      String deadlineText,
      String expectedResult,
      Indicator indicator,
      Double indicatorTarget,
      Long parentTaskId) {}

  /**
   * One objective of the plan as the draft proposes it or the reviewer confirms it ({@code confirmed}
   * false: proposed, not yet an indicator of the plan).
   */
  public record ObjectiveInput(
      String description, Indicator indicator, Double target, String unit, String targetText, boolean confirmed) {}

  private DraftReader() {}

  /** The row's live measure (field "indicator"), null when none is named; an unknown name is a Vietnamese 400. */
  private static Indicator indicator(JsonNode node, String what, String orElse) {
    String name = text(node, "indicator");
    if (name == null) {
      return null;
    }
    try {
      return Indicator.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Chỉ tiêu '" + name + "' của " + what + " không có; chọn một trong: "
          + java.util.Arrays.toString(Indicator.values()) + orElse);
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.isTextual() ? value.asText() : value.toString();
    return text.isBlank() ? null : text.trim();
  }

  static LocalDate date(JsonNode node, String field, String what) {
    return date(text(node, field), what);
  }

  public static LocalDate date(String text, String what) {
    if (text == null) {
      return null;
    }
    String value = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
    try {
      return value.contains("/") ? LocalDate.parse(value, VIETNAMESE) : LocalDate.parse(value, ISO);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "Ngày '" + text + "' (" + what + ") không tồn tại hoặc sai định dạng; nhập theo dạng ngày/tháng/năm, ví dụ 20/12/2025.");
    }
  }

  /** "VHXH; KT" or ["VHXH","KT"] → "VHXH; KT". */
  static String list(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(v -> {
        if (!v.asText().isBlank()) {
          items.add(v.asText().trim());
        }
      });
      return items.isEmpty() ? null : String.join("; ", items);
    }
    return text(node, field);
  }

  public static List<TaskInput> tasks(JsonNode array) {
    List<TaskInput> result = new ArrayList<>();
    if (array == null || !array.isArray()) {
      throw ApiException.badRequest("Danh sách nhiệm vụ (tasks) phải là một mảng.");
    }
    int index = 0;
    for (JsonNode node : array) {
      index++;
      String code = text(node, "code") != null ? text(node, "code") : String.valueOf(index);
      String what = "nhiệm vụ " + code;
      Indicator indicator = indicator(node, what, ".");
      Double target = null;
      String targetText = text(node, "indicatorTarget");
      if (targetText != null) {
        try {
          target = Double.valueOf(targetText.replace("%", "").replace(",", ".").trim());
        } catch (NumberFormatException e) {
          throw ApiException.badRequest("Mục tiêu chỉ tiêu '" + targetText + "' của " + what + " phải là một số phần trăm, ví dụ 80.");
        }
        if (target < 0 || target > 100) {
          throw ApiException.badRequest("Mục tiêu chỉ tiêu của " + what + " phải từ 0 đến 100 (%).");
        }
      }
      result.add(new TaskInput(
          code,
          text(node, "section"),
          text(node, "content"),
          text(node, "parentTaskRef"),
          text(node, "leadUnit"),
          list(node, "coordinatingUnits"),
          date(node, "deadline", "thời hạn của " + what),
          node.path("recurring").asBoolean(false),
          date(node, "recurrenceEnd", "ngày kết thúc của " + what),
          text(node, "deadlineText"),
          text(node, "expectedResult"),
          indicator,
          target,
          id(node, "parentTaskId", "nhiệm vụ cấp trên của " + what)));
    }
    return result;
  }

  /** A number id ({@code 12} or {@code "12"}), null when absent or empty. */
  static Long id(JsonNode node, String field, String what) {
    String text = text(node, field);
    if (text == null) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("Số hiệu '" + text + "' (" + what + ") không hợp lệ; chọn trong danh sách nhiệm vụ của kế hoạch cấp trên.");
    }
  }

  /** The objectives of a draft ({@code objectives} of the import, or as the review form sends them back); none when absent. */
  public static List<ObjectiveInput> objectives(JsonNode array) {
    List<ObjectiveInput> result = new ArrayList<>();
    if (array == null || array.isNull() || array.isMissingNode()) {
      return result;
    }
    if (!array.isArray()) {
      throw ApiException.badRequest("Danh sách mục tiêu (objectives) phải là một mảng.");
    }
    int index = 0;
    for (JsonNode node : array) {
      index++;
      String what = "mục tiêu thứ " + index;
      String description = text(node, "sentence") != null ? text(node, "sentence") : text(node, "description");
      if (description == null) {
        throw ApiException.badRequest("Thiếu nội dung của " + what + ".");
      }
      if (description.length() > 1000) {
        throw ApiException.badRequest("Nội dung của " + what + " dài quá 1000 ký tự.");
      }
      Indicator indicator = indicator(node, what, " hoặc để trống (theo dõi thủ công).");
      String unit = text(node, "unit");
      Double target = null;
      String targetText = text(node, "target");
      if (targetText != null) {
        try {
          target = Double.valueOf(targetText.replace("%", "").replace(",", ".").trim());
        } catch (NumberFormatException e) {
          throw ApiException.badRequest("Giá trị mục tiêu '" + targetText + "' của " + what + " phải là một số, ví dụ 80.");
        }
        if (target < 0) {
          throw ApiException.badRequest("Giá trị mục tiêu của " + what + " không được âm.");
        }
      }
      if (indicator != null) {
        if (target == null) {
          throw ApiException.badRequest("Chỉ tiêu tự động của " + what + " cần giá trị mục tiêu (phần trăm), ví dụ 80.");
        }
        if (target > 100) {
          throw ApiException.badRequest("Mục tiêu của " + what + " phải từ 0 đến 100 (%).");
        }
        unit = "%";
      }
      String phrase = text(node, "targetText");
      result.add(new ObjectiveInput(description, indicator, target, unit == null ? null : truncate(unit, 64),
          phrase == null ? null : truncate(phrase, 200), node.path("confirmed").asBoolean(false)));
    }
    return result;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
