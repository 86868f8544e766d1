package vn.gov.commune.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.commune.plan.Indicator;

/**
 * The objectives of real plans (the seeds: the commune plan of Sa Thầy, the summary of 02-KH/BCĐTW,
 * the action-plan slides) and of invented sentences: which become live indicators, which stay
 * manual, and that a near miss is not bound to the wrong measure.
 */
class ObjectiveReaderTest {

  private final ObjectiveReader reader = new ObjectiveReader();

  static String resource(String name) throws IOException {
    try (InputStream in = ObjectiveReaderTest.class.getResourceAsStream("/plans/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ObjectiveDraft about(List<ObjectiveDraft> objectives, String words) {
    return objectives.stream().filter(o -> o.sentence().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no objective about '" + words + "' in " + objectives));
  }

  @Test
  void theCommunePlanOfSaThayHasItsOnlineTargetBoundAndTheOthersManual() throws IOException {
    List<ObjectiveDraft> objectives = reader.read(resource("sa-thay-002.txt"));

    ObjectiveDraft online = about(objectives, "hoàn toàn trực tuyến");
    assertThat(online.indicator()).isEqualTo(Indicator.FULLY_ONLINE_SHARE);
    assertThat(online.target()).isEqualTo(80.0);
    assertThat(online.unit()).isEqualTo("%");
    assertThat(online.targetText()).isEqualTo("tối thiểu 80%");
    assertThat(online.sentence()).startsWith("Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến");

    ObjectiveDraft borders = about(objectives, "không phụ thuộc vào địa giới");
    assertThat(borders.indicator()).isNull();
    assertThat(borders.target()).isEqualTo(100.0);
    assertThat(borders.sentence()).doesNotContain("doanh nghiệp");
    assertThat(borders.note()).contains("theo dõi thủ công");

    // "hồ sơ, tài liệu công việc" are work records, not TTHC dossiers: not the online share
    ObjectiveDraft records = about(objectives, "tài liệu công việc");
    assertThat(records.indicator()).isNull();
    assertThat(records.target()).isEqualTo(100.0);

    // "100% kết quả điện tử và tái sử dụng thông tin, dữ liệu": two measures in one phrase, the reviewer picks
    ObjectiveDraft results = objectives.stream().filter(o -> o.sentence().contains("kết quả điện tử") && o.unit().equals("%"))
        .findFirst().orElseThrow();
    assertThat(results.indicator()).isNull();
    assertThat(results.note()).contains("nhiều chỉ tiêu", Indicator.ELECTRONIC_RESULT_SHARE.label(), Indicator.DATA_REUSE_SHARE.label());

    ObjectiveDraft perCommune = objectives.stream().filter(o -> "hồ sơ/năm/xã".equals(o.unit())).findFirst().orElseThrow();
    assertThat(perCommune.target()).isEqualTo(100.0);
    assertThat(perCommune.targetText()).isEqualTo("ít nhất 100 hồ sơ/năm/xã");
    assertThat(perCommune.indicator()).isNull();

    // the tasks part repeats "100%" in task contents: those are tasks, not objectives
    assertThat(objectives).noneMatch(o -> o.sentence().contains("Cổng Dịch vụ công quốc gia") && o.sentence().contains("tích hợp 100%"));
    assertThat(objectives).extracting(ObjectiveDraft::indicator).containsOnlyOnce(Indicator.FULLY_ONLINE_SHARE);
  }

  @Test
  void theNationalPlanSummaryHasBothStagesAndTheDigitisationTargetStaysManual() throws IOException {
    List<ObjectiveDraft> objectives = reader.read(resource("02-kh-bcdtw-summary.txt"));

    ObjectiveDraft online = about(objectives, "hoàn toàn trực tuyến");
    assertThat(online.indicator()).isEqualTo(Indicator.FULLY_ONLINE_SHARE);
    assertThat(online.targetText()).isEqualTo("tối thiểu 80%");
    assertThat(online.target()).isEqualTo(80.0);

    ObjectiveDraft archives = about(objectives, "tài liệu lưu trữ lịch sử");
    assertThat(archives.indicator()).isNull();
    assertThat(archives.target()).isEqualTo(30.0);
    assertThat(archives.targetText()).isEqualTo("ít nhất 30%");

    assertThat(about(objectives, "không phụ thuộc vào địa giới").indicator()).isNull();
    assertThat(objectives).filteredOn(o -> "hồ sơ/năm/tỉnh".equals(o.unit()))
        .extracting(ObjectiveDraft::target).containsExactly(10.0, 1000.0);
    // the solutions part after "Nhiệm vụ và giải pháp trọng tâm" is not read as objectives
    assertThat(objectives).noneMatch(o -> o.sentence().contains("VNeID"));
  }

  @Test
  void theSlidesGiveTheTargetOnTheLineAfterItsPercent() throws IOException {
    List<ObjectiveDraft> objectives = reader.read(resource("commune-action-plan-slides.txt"));

    ObjectiveDraft online = about(objectives, "hoàn toàn trực tuyến");
    assertThat(online.indicator()).isEqualTo(Indicator.FULLY_ONLINE_SHARE);
    assertThat(online.target()).isEqualTo(80.0);
    assertThat(online.targetText()).isEqualTo("tối thiểu 80%");

    assertThat(about(objectives, "doanh nghiệp").indicator()).isNull();
    assertThat(about(objectives, "Tổ Công nghệ số Cộng đồng được tập huấn").target()).isEqualTo(100.0);
    assertThat(about(objectives, "người / khối").targetText()).isEqualTo("Ít nhất 15 người / khối".toLowerCase());
    // "100% máy tính … phòng chống virus" sits in the security part, not under an objectives heading
    assertThat(objectives).noneMatch(o -> o.sentence().contains("virus"));
  }

  @Test
  void inventedObjectivesAreBoundOnlyWhenTheyCountAllDossiers() {
    String plan = """
        II. MỤC TIÊU
        - Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%.
        - 100% hồ sơ được trả kết quả điện tử.
        - Tối thiểu 60% hồ sơ thủ tục hành chính có tái sử dụng dữ liệu từ cơ sở dữ liệu quốc gia.
        - 90% hồ sơ đất đai được giải quyết đúng hạn.
        - 70% kết quả giải quyết thủ tục hành chính được số hóa.
        - Tỷ lệ hồ sơ trễ hạn không quá 5%.
        - 100% cán bộ, công chức được tập huấn kỹ năng số.
        III. NHIỆM VỤ
        1. Nâng tỷ lệ hồ sơ giải quyết đúng hạn lên 99%.
        """;
    List<ObjectiveDraft> objectives = reader.read(plan);

    assertThat(objectives).extracting(ObjectiveDraft::targetText, ObjectiveDraft::target, ObjectiveDraft::indicator)
        .containsExactly(
            tuple("đạt 95%", 95.0, Indicator.ON_TIME_SHARE),
            tuple("100%", 100.0, Indicator.ELECTRONIC_RESULT_SHARE),
            tuple("tối thiểu 60%", 60.0, Indicator.DATA_REUSE_SHARE),
            tuple("90%", 90.0, null),
            tuple("70%", 70.0, null),
            tuple("không quá 5%", 5.0, null),
            tuple("100%", 100.0, null));
    assertThat(objectives.get(3).note()).contains("phạm vi khác");
    assertThat(objectives.get(5).note()).contains("mức tối đa");
  }

  @Test
  void aDocumentWithoutAnObjectivesPartHasNone() {
    assertThat(reader.read("""
        KẾ HOẠCH
        I. NHIỆM VỤ
        1. Bảo đảm 100% hồ sơ được xử lý hoàn toàn trực tuyến.
        """)).isEmpty();
    assertThat(reader.read("")).isEmpty();
  }
}
