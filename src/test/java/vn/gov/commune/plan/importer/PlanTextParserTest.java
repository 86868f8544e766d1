package vn.gov.commune.plan.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.commune.plan.importer.PlanDraft.TaskDraft;

class PlanTextParserTest {

  private final PlanTextParser parser = new PlanTextParser();

  static String resource(String name) throws IOException {
    try (InputStream in = PlanTextParserTest.class.getResourceAsStream("/plans/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /**
   * The acceptance test of the issue: every task of the Sa Thầy plan (seed 002), read by hand. The
   * plan gives lead units only in 2.2.5 ("Phòng Kinh tế chủ trì …; Phòng Văn hóa - Xã hội chủ trì …")
   * and in its "Tổ chức thực hiện" section (per unit); tasks under "2.1. Các nhiệm vụ đã hoàn thành
   * đến ngày 30 tháng 6 năm 2025" and "2.2. … đến ngày 31 tháng 12 năm 2025" without their own
   * completion line take the heading's date. The 23 tasks of section IV that name no unit go to the
   * plan's focal unit, "2. Phòng Văn hóa - Xã hội / Là cơ quan đầu mối, …" in section V, each with a
   * warning; 2.2.5 keeps the unit it names. A bullet list under a numbered heading is one task per
   * bullet (IV.1, 2.2.1, 2.2.5), a completion line after the list holding for all of them; the bullets
   * under a lettered task (a), b)) are its details.
   */
  @Test
  void everyTaskOfTheSaThayPlan() throws IOException {
    PlanDraft plan = parser.parse(resource("sa-thay-002.txt"));

    String vhxh = "Phòng Văn hóa - Xã hội";
    String all = "Các cơ quan, tổ chức, đơn vị";
    LocalDate june30 = d(2025, 6, 30);
    LocalDate dec31 = d(2025, 12, 31);
    assertThat(plan.tasks())
        .extracting(t -> t.content().replaceFirst("^- ", "").substring(0, 30), TaskDraft::deadline, TaskDraft::recurring,
            TaskDraft::recurrenceEnd, TaskDraft::leadUnit)
        .containsExactly(
            // IV.1 Giải pháp đột phá: three bullets, three tasks, no time, no unit: the focal unit (V.2 "Là cơ quan đầu mối")
            tuple("Thống nhất trải nghiệm số cho ", null, false, null, vhxh),
            tuple("Hiện đại hóa phương thức chỉ đ", null, false, null, vhxh),
            tuple("Hệ thống văn bản điều hành số ", null, false, null, vhxh),
            // 2.1.1 Về thể chế a), b)
            tuple("Rà soát, đề xuất Ủy ban nhân d", june30, false, null, vhxh),
            tuple("Kịp thời rà soát quy trình, cô", june30, false, null, vhxh),
            // 2.1.2
            tuple("Kịp thời rà soát, đảm bảo các ", june30, false, null, vhxh),
            // 2.1.3 a) b) c) d) đ) e) g) h)
            tuple("Người đứng đầu cơ quan, tổ chứ", june30, false, null, vhxh),
            tuple("Đề xuất các cơ quan có thẩm qu", june30, false, null, vhxh),
            tuple("(1) Nhanh chóng bố trí trụ sở,", june30, false, null, vhxh),
            tuple("Khắc phục ngay các bất cập, hạ", june30, false, null, vhxh),
            tuple("Rà soát, đánh giá và đề xuất c", june30, false, null, vhxh),
            tuple("Tham gia ý kiến theo chỉ đạo c", june30, false, null, vhxh),
            tuple("Phối hợp theo yêu cầu của Văn ", june30, false, null, vhxh),
            tuple("Theo phân cấp, chủ động bố trí", june30, false, null, vhxh),
            // 2.1.4
            tuple("Thực hiện theo hướng dẫn sau k", june30, false, null, vhxh),
            // 2.2.1: two bullets, one completion line for both: Nhiệm vụ thường xuyên
            tuple("Đẩy mạnh kết nối, liên thông d", null, true, null, vhxh),
            tuple("Đẩy mạnh kết nối, liên thông d", null, true, null, vhxh),
            // 2.2.2 a) thường xuyên, b) trước ngày 20 tháng 12 năm 2025
            tuple("Tham gia vào các nội dung thuộ", null, true, null, vhxh),
            tuple("Hoàn thành rà soát, tham gia q", d(2025, 12, 20), false, null, vhxh),
            // 2.2.3 a) no line: 2.2's date; b), c) thường xuyên
            tuple("Các cơ quan chuyên môn, tổ chứ", dec31, false, null, vhxh),
            tuple("Tiếp tục đẩy mạnh số hóa hồ sơ", null, true, null, vhxh),
            tuple("Tiếp tục thực hiện rà soát, đá", null, true, null, vhxh),
            // 2.2.4 a), b) thường xuyên
            tuple("Phối hợp với Sở Khoa học và Cô", null, true, null, vhxh),
            tuple("Duy trì hoạt động hiệu quả của", null, true, null, vhxh),
            // 2.2.5 four bullets sharing "Thường xuyên trong 6 tháng cuối năm 2025"; first of two lead units
            tuple("Phòng Kinh tế chủ trì phối hợp", null, true, dec31, "Phòng Kinh tế"),
            tuple("Rà soát, xác định nhu cầu đào ", null, true, dec31, vhxh),
            tuple("Xây dựng hoặc đề xuất cơ quan ", null, true, dec31, vhxh),
            tuple("Phối hợp tổ chức đào tạo, tập ", null, true, dec31, vhxh),
            // 2.2.6 a), b) trước ngày 31 tháng 12 năm 2025
            tuple("Bảo đảm an toàn thông tin, an ", dec31, false, null, vhxh),
            tuple("Sẵn sàng có phương án dự phòng", dec31, false, null, vhxh),
            // V.2 Phòng Văn hóa - Xã hội (cơ quan đầu mối), three bullets
            tuple("Xây dựng và triển khai các chư", null, false, null, vhxh),
            tuple("Nghiên cứu bổ sung phương án d", null, false, null, vhxh),
            // "… và định kỳ tham mưu …": recurring
            tuple("Thực hiện cơ chế kiểm tra, giá", null, true, null, vhxh),
            // V.4 Các cơ quan, tổ chức, đơn vị
            tuple("Tổ chức quán triệt Kế hoạch số", null, false, null, all),
            tuple("Căn cứ chức năng, nhiệm vụ đượ", null, false, null, all),
            // V.7 "Giao phòng Văn hóa - Xã hội tham mưu thực hiện:"
            tuple("Tổng kết, đánh giá dựa trên cá", null, false, null, vhxh),
            tuple("Gắn kết quả thực hiện Kế hoạch", null, false, null, vhxh),
            tuple("Kịp thời biểu dương, khen thưở", null, false, null, vhxh));

    TaskDraft budget = plan.tasks().get(24);
    assertThat(budget.section()).isEqualTo("2.2.5. Về nguồn lực tài chính");
    assertThat(budget.deadlineText()).isEqualTo("Thường xuyên trong 6 tháng cuối năm 2025");
    assertThat(budget.content()).contains("Phòng Văn hóa - Xã hội chủ trì").doesNotContain("Rà soát, xác định nhu cầu");
    assertThat(plan.tasks().get(26).content()).contains("Khung kỹ năng số");
    assertThat(plan.tasks().get(18).deadlineText()).isEqualTo("Trước ngày 20 tháng 12 năm 2025");
    assertThat(plan.tasks().get(3).section()).isEqualTo("2.1.1. Về thể chế");
    assertThat(plan.tasks().get(23).content()).contains("Đội hỗ trợ phản ứng nhanh” để").doesNotContain("Quyết định số 253");
    assertThat(plan.warnings())
        .contains("Nhiệm vụ \"Phòng Kinh tế chủ trì phối hợp với các cơ quan, đơn vị liên quan tham…\" nêu nhiều đơn vị"
            + " chủ trì (Phòng Kinh tế, Phòng Văn hóa - Xã hội): đã lấy Phòng Kinh tế, cần xem lại.")
        .anySatisfy(w -> assertThat(w).startsWith("Thời hạn của nhiệm vụ \"Rà soát, đề xuất").contains("mục \"2.1. Các nhiệm vụ"))
        .contains("Nhiệm vụ \"Rà soát, đề xuất Ủy ban nhân dân tỉnh ban hành và công bố mã định danh…\": văn bản"
            + " không nêu đơn vị chủ trì, tạm giao cơ quan đầu mối Phòng Văn hóa - Xã hội; đề nghị rà soát.")
        .noneSatisfy(w -> assertThat(w).contains("chưa nêu đơn vị chủ trì"))
        .contains("Không đọc được số, ký hiệu của kế hoạch.");
    assertThat(plan.warnings()).filteredOn(w -> w.contains("tạm giao cơ quan đầu mối")).hasSize(29);
  }

  @Test
  void theSaThayPlanHeaderParentsAndReporting() throws IOException {
    PlanDraft plan = parser.parse(resource("sa-thay-002.txt"));
    assertThat(plan.number()).isNull(); // the text starts below the letterhead
    assertThat(plan.issuingBody()).isEqualTo("Ủy ban nhân dân xã Sa Thầy");
    assertThat(plan.parentPlans()).containsExactly("07-KH/ĐU", "05-KH/TU", "02-KH/BCĐTW");
    assertThat(plan.reporting().monthlyDueDay()).isEqualTo(13);
    assertThat(plan.reporting().finalReportDue()).isEqualTo(d(2025, 12, 5));
    assertThat(plan.reporting().text()).contains("định kỳ trước ngày 13 hàng tháng", "trước ngày 05 tháng 12 năm 2025");
  }

  /** Layout (b): a section per responsible unit, bullet tasks with their deadline inline. */
  @Test
  void aPlanWithSectionsPerUnit() throws IOException {
    PlanDraft plan = parser.parse(resource("unit-sections.txt"));
    assertThat(plan.number()).isEqualTo("125/KH-UBND");
    assertThat(plan.issuedOn()).isEqualTo(d(2025, 8, 15));
    assertThat(plan.issuingBody()).isEqualTo("Ủy ban nhân dân xã Ia Chim");
    assertThat(plan.title()).isEqualTo("Kế hoạch triển khai Đề án 06 và chuyển đổi số trên địa bàn xã năm 2025");
    assertThat(plan.parentPlans()).containsExactly("02-KH/BCĐTW", "88/KH-UBND");
    assertThat(plan.reporting().monthlyDueDay()).isEqualTo(20);
    assertThat(plan.reporting().finalReportDue()).isEqualTo(d(2025, 12, 10));

    String office = "Văn phòng HĐND-UBND xã";
    String police = "Công an xã";
    String centre = "Trung tâm Phục vụ hành chính công xã";
    assertThat(plan.tasks())
        .extracting(t -> t.content().substring(0, 25), TaskDraft::deadline, TaskDraft::recurring, TaskDraft::leadUnit)
        .containsExactly(
            tuple("Tham mưu Ủy ban nhân dân ", d(2025, 8, 30), false, office),
            tuple("Vận hành Hệ thống quản lý", null, true, office),
            tuple("Tổng hợp, báo cáo kết quả", null, true, office),
            tuple("Rà soát, làm sạch dữ liệu", d(2025, 9, 30), false, police),
            tuple("Hướng dẫn người dân kích ", d(2025, 10, 31), false, police),
            tuple("Số hóa hồ sơ, kết quả giả", d(2025, 12, 31), false, centre),
            tuple("Hỗ trợ người dân nộp hồ s", null, true, centre),
            tuple("Tham mưu bố trí kinh phí ", d(2025, 10, 31), false, "Phòng Kinh tế"),
            tuple("Tuyên truyền về lợi ích c", null, false, "Phòng Văn hóa - Xã hội"),
            tuple("Tổ chức tập huấn kỹ năng ", d(2025, 12, 31), false, "Phòng Văn hóa - Xã hội"));
    assertThat(plan.tasks().get(3).coordinatingUnits()).containsExactly("Ban Chỉ huy Quân sự xã", "Trạm Y tế xã");
    assertThat(plan.tasks().get(4).deadlineText()).isEqualTo("hoàn thành trước tháng 11/2025");
    assertThat(plan.warnings()).containsExactly(
        "Nhiệm vụ \"Tuyên truyền về lợi ích của dịch vụ công trực tuyến trên loa truyền th…\" chưa có thời hạn hoàn thành.");
  }

  /** Layout (a) with explicit lead / coordination / product lines per task. */
  @Test
  void numberedTasksWithLeadAndCoordinationLines() {
    PlanDraft plan = parser.parse("""
        ĐẢNG ỦY XÃ IA TẢI
        Số 07-KH/ĐU
        Ia Tải, ngày 08 tháng 9 năm 2025
        KẾ HOẠCH
        hành động thực hiện Kế hoạch số 05-KH/TU
        II. NHIỆM VỤ VÀ GIẢI PHÁP
        1. Về thể chế
        1.1. Ban hành quy chế vận hành hệ thống quản lý văn bản
        - Cơ quan chủ trì: Văn phòng Đảng ủy
        - Cơ quan phối hợp: Văn phòng HĐND-UBND xã, Công an xã
        - Sản phẩm: Quy chế được ban hành
        - Thời gian hoàn thành: Quý III/2025
        1.2. Số hóa hồ sơ đảng viên
        Đơn vị chủ trì: Ban Tổ chức Đảng ủy
        Thời gian hoàn thành: Năm 2025
        """);
    assertThat(plan.number()).isEqualTo("07-KH/ĐU");
    assertThat(plan.issuingBody()).isEqualTo("Đảng ủy xã Ia Tải");
    assertThat(plan.issuedOn()).isEqualTo(d(2025, 9, 8));
    assertThat(plan.title()).isEqualTo("Kế hoạch hành động thực hiện Kế hoạch số 05-KH/TU");
    assertThat(plan.parentPlans()).containsExactly("05-KH/TU");
    TaskDraft rules = plan.tasks().get(0);
    assertThat(rules.section()).isEqualTo("1.1. Ban hành quy chế vận hành hệ thống quản lý văn bản");
    assertThat(rules.content()).isEqualTo("Ban hành quy chế vận hành hệ thống quản lý văn bản");
    assertThat(rules.deadline()).isEqualTo(d(2025, 9, 30));
    assertThat(rules.leadUnit()).isEqualTo("Văn phòng Đảng ủy");
    assertThat(rules.coordinatingUnits()).containsExactly("Văn phòng HĐND-UBND xã", "Công an xã");
    assertThat(rules.expectedResult()).isEqualTo("Quy chế được ban hành");
    assertThat(plan.tasks().get(1).deadline()).isEqualTo(d(2025, 12, 31));
    assertThat(plan.tasks().get(1).leadUnit()).isEqualTo("Ban Tổ chức Đảng ủy");
  }

  // ---------------------------------------------------------------- focal unit (cơ quan đầu mối)

  /** "Giao … làm đầu mối": tasks without a lead unit get it, with a warning; tasks naming one keep theirs. */
  @Test
  void tasksWithoutALeadUnitGoToTheFocalUnitNamedInASentence() {
    PlanDraft plan = parser.parse("""
        Số: 16/KH-UBND
        II. NHIỆM VỤ
        1. Số hóa hồ sơ hộ tịch
        Thời gian hoàn thành: Quý IV/2025
        2. Kiện toàn Tổ công nghệ số cộng đồng
        Cơ quan chủ trì: Công an xã
        Thời gian hoàn thành: Trước ngày 30/9/2025
        III. TỔ CHỨC THỰC HIỆN
        1. Giao văn phòng HĐND-UBND xã làm đầu mối, theo dõi, đôn đốc việc thực hiện Kế hoạch này.
        2. Các cơ quan, đơn vị báo cáo kết quả trước ngày 20 hằng tháng.
        """);
    assertThat(plan.tasks())
        .extracting(TaskDraft::content, TaskDraft::leadUnit)
        .containsExactly(
            tuple("Số hóa hồ sơ hộ tịch", "Văn phòng HĐND-UBND xã"),
            tuple("Kiện toàn Tổ công nghệ số cộng đồng", "Công an xã"));
    assertThat(plan.warnings())
        .contains("Nhiệm vụ \"Số hóa hồ sơ hộ tịch\": văn bản không nêu đơn vị chủ trì, tạm giao cơ quan đầu mối"
            + " Văn phòng HĐND-UBND xã; đề nghị rà soát.")
        .noneSatisfy(w -> assertThat(w).contains("chưa nêu đơn vị chủ trì"))
        .noneSatisfy(w -> assertThat(w).contains("Kiện toàn"));
  }

  @Test
  void theFocalUnitIsReadFromAUnitIsFocalSentence() {
    PlanDraft plan = parser.parse("""
        Số: 17/KH-UBND
        II. NHIỆM VỤ
        1. Lắp đặt mạng Wi-Fi tại nhà văn hóa thôn
        Thời gian hoàn thành: Năm 2025
        III. TỔ CHỨC THỰC HIỆN
        Phòng Kinh tế là cơ quan đầu mối, tham mưu Ủy ban nhân dân xã theo dõi việc thực hiện Kế hoạch.
        """);
    assertThat(plan.tasks()).extracting(TaskDraft::leadUnit).containsExactly("Phòng Kinh tế");
  }

  /** No focal unit in the text: the lead unit stays empty, with the usual warning. */
  @Test
  void withoutAFocalUnitTheLeadUnitStaysEmpty() {
    PlanDraft plan = parser.parse("""
        Số: 18/KH-UBND
        II. NHIỆM VỤ
        1. Số hóa hồ sơ hộ tịch
        Thời gian hoàn thành: Quý IV/2025
        - Chia sẻ thông tin, trong đó xác định rõ đầu mối của xã phối hợp với cơ quan tỉnh.
        III. TỔ CHỨC THỰC HIỆN
        1. Các cơ quan, đơn vị báo cáo kết quả trước ngày 20 hằng tháng.
        """);
    assertThat(plan.tasks()).extracting(TaskDraft::leadUnit).containsOnlyNulls();
    assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).endsWith("chưa nêu đơn vị chủ trì."))
        .noneSatisfy(w -> assertThat(w).contains("tạm giao"));
  }

  // ---------------------------------------------------------------- deadline forms

  private static DeadlineParser.Deadline deadline(String text) {
    return DeadlineParser.parse(text, "nhiệm vụ: thử").orElseThrow();
  }

  @Test
  void dayMonthYearInWords() {
    assertThat(deadline("Trước ngày 20 tháng 12 năm 2025").date()).isEqualTo(d(2025, 12, 20));
  }

  @Test
  void dayMonthYearInNumbers() {
    assertThat(deadline("trước ngày 28/7/2025").date()).isEqualTo(d(2025, 7, 28));
    assertThat(deadline("chậm nhất ngày 05.9.2025").date()).isEqualTo(d(2025, 9, 5));
  }

  @Test
  void beforeAMonthMeansByTheEndOfThePreviousMonth() {
    assertThat(deadline("Phấn đấu hoàn thành trước tháng 11/2025").date()).isEqualTo(d(2025, 10, 31));
    assertThat(deadline("trước tháng 1/2026").date()).isEqualTo(d(2025, 12, 31));
  }

  @Test
  void inAMonthMeansByItsLastDay() {
    assertThat(deadline("trong tháng 11/2025").date()).isEqualTo(d(2025, 11, 30));
    assertThat(deadline("Tháng 2 năm 2028").date()).isEqualTo(d(2028, 2, 29));
  }

  @Test
  void quarterMeansItsLastDay() {
    assertThat(deadline("Quý III/2025").date()).isEqualTo(d(2025, 9, 30));
    assertThat(deadline("quý 4 năm 2025").date()).isEqualTo(d(2025, 12, 31));
  }

  @Test
  void aYearMeansTheThirtyFirstOfDecember() {
    assertThat(deadline("năm 2025").date()).isEqualTo(d(2025, 12, 31));
    assertThat(deadline("6 tháng đầu năm 2026").date()).isEqualTo(d(2026, 6, 30));
  }

  @Test
  void recurringTasks() {
    DeadlineParser.Deadline always = deadline("Nhiệm vụ thường xuyên");
    assertThat(always.recurring()).isTrue();
    assertThat(always.date()).isNull();
    assertThat(always.recurrenceEnd()).isNull();
    assertThat(deadline("Thường xuyên").recurring()).isTrue();
    assertThat(deadline("Hằng tháng").recurring()).isTrue();
  }

  @Test
  void boundedRecurrence() {
    DeadlineParser.Deadline half = deadline("Thường xuyên trong 6 tháng cuối năm 2025");
    assertThat(half.recurring()).isTrue();
    assertThat(half.date()).isNull();
    assertThat(half.recurrenceEnd()).isEqualTo(d(2025, 12, 31));
  }

  @Test
  void anUnknownTimeIsNoDeadlineAndAWarning() {
    assertThat(DeadlineParser.parse("Theo tiến độ của tỉnh", "x")).isEmpty();
    PlanDraft plan = parser.parse("""
        Số: 12/KH-UBND
        II. NHIỆM VỤ
        1. Cập nhật dữ liệu đất đai
        Thời gian hoàn thành: Theo tiến độ của tỉnh
        """);
    assertThat(plan.tasks().get(0).deadline()).isNull();
    assertThat(plan.tasks().get(0).deadlineText()).isEqualTo("Theo tiến độ của tỉnh");
    assertThat(plan.warnings()).contains("Không hiểu thời hạn \"Theo tiến độ của tỉnh\" của nhiệm vụ \"Cập nhật dữ liệu đất đai\".");
  }

  // ---------------------------------------------------------------- bad input

  @Test
  void aDateThatDoesNotExistIsRefusedQuotingIt() {
    assertThatThrownBy(() -> parser.parse("""
        Số: 12/KH-UBND
        II. NHIỆM VỤ
        1. Văn phòng HĐND-UBND xã:
        - Rà soát danh mục thủ tục hành chính, hoàn thành trước ngày 31/02/2025.
        """))
        .isInstanceOf(PlanImportException.class)
        .hasMessage("Ngày \"31/02/2025\" không tồn tại (nhiệm vụ: Rà soát danh mục thủ tục hành chính, hoàn thành trước ngày"
            + " 31/02/2025.). Vui lòng sửa văn bản rồi nhập lại.");
    assertThatThrownBy(() -> DeadlineParser.parse("Trước ngày 30 tháng 2 năm 2025", "nhiệm vụ: X"))
        .hasMessageStartingWith("Ngày \"ngày 30 tháng 2 năm 2025\" không tồn tại (nhiệm vụ: X)");
    assertThatThrownBy(() -> DeadlineParser.parse("trong tháng 13/2025", "nhiệm vụ: X"))
        .hasMessageStartingWith("Tháng \"13/2025\" không tồn tại");
  }

  @Test
  void aPlanWithoutTasksIsRefused() {
    assertThatThrownBy(() -> parser.parse("""
        ỦY BAN NHÂN DÂN
        XÃ IA CHIM
        Số: 130/KH-UBND
        Ia Chim, ngày 20 tháng 8 năm 2025
        KẾ HOẠCH
        Tuyên truyền chuyển đổi số năm 2025
        I. MỤC ĐÍCH, YÊU CẦU
        - Nâng cao nhận thức của người dân về chuyển đổi số.
        """))
        .isInstanceOf(PlanImportException.class)
        .hasMessageStartingWith("Kế hoạch số 130/KH-UBND không có nhiệm vụ nào nhận ra được");
  }

  @Test
  void aTextThatIsNotAPlanIsRefused() {
    assertThatThrownBy(() -> parser.parse("""
        Biên bản họp thôn Kép Ram
        1. Thành phần tham dự
        Ông Nguyễn Văn A, trưởng thôn, và 35 hộ dân.
        2. Nội dung
        Bàn về việc sửa đường liên thôn.
        """))
        .isInstanceOf(PlanImportException.class)
        .hasMessageStartingWith("Không nhận ra kế hoạch trong tệp");
    assertThatThrownBy(() -> parser.parse("")).hasMessageStartingWith("Không nhận ra kế hoạch trong tệp");
  }

  // ---------------------------------------------------------------- text forms

  @Test
  void textWithoutDiacriticsIsRead() {
    PlanDraft plan = parser.parse("""
        So: 125/KH-UBND
        Ia Chim, ngay 15 thang 8 nam 2025
        II. NHIEM VU CU THE
        1. Cong an xa:
        - Ra soat du lieu dan cu, hoan thanh truoc ngay 30/9/2025.
        - Huong dan kich hoat tai khoan dinh danh dien tu, phan dau hoan thanh truoc thang 11/2025.
        2. Nang cap mang noi bo
        - Thoi gian hoan thanh: Nhiem vu thuong xuyen
        """);
    assertThat(plan.number()).isEqualTo("125/KH-UBND");
    assertThat(plan.issuedOn()).isEqualTo(d(2025, 8, 15));
    assertThat(plan.tasks())
        .extracting(TaskDraft::deadline, TaskDraft::recurring, TaskDraft::leadUnit)
        .containsExactly(
            tuple(d(2025, 9, 30), false, "Cong an xa"),
            tuple(d(2025, 10, 31), false, "Cong an xa"),
            tuple(null, true, null));
  }

  @Test
  void decomposedUnicodeAndOddSpacesAreRead() throws IOException {
    String nfd = Normalizer.normalize(resource("unit-sections.txt"), Normalizer.Form.NFD)
        .replace("Số: ", "Số:\u00A0").replace("hoàn thành trước", "hoàn\u00A0thành trước");
    PlanDraft plan = parser.parse(nfd);
    assertThat(plan.number()).isEqualTo("125/KH-UBND");
    assertThat(plan.tasks()).hasSize(10);
    assertThat(plan.tasks().get(0).leadUnit()).isEqualTo("Văn phòng HĐND-UBND xã");
    assertThat(plan.tasks().get(3).deadline()).isEqualTo(d(2025, 9, 30));
  }

  @Test
  void bulletsWithTheirOwnDeadlinesUnderATopicAreSeparateTasks() {
    PlanDraft plan = parser.parse("""
        Số: 14/KH-UBND
        II. NHIỆM VỤ
        1. Về hạ tầng số
        - Lắp đặt mạng Wi-Fi miễn phí tại nhà văn hóa các thôn, hoàn thành trong Quý IV/2025.
        - Trạm Y tế xã chủ trì triển khai bệnh án điện tử, hoàn thành trước ngày 15/12/2025.
        """);
    assertThat(plan.tasks())
        .extracting(TaskDraft::section, TaskDraft::deadline, TaskDraft::leadUnit)
        .containsExactly(
            tuple("1. Về hạ tầng số", d(2025, 12, 31), null),
            tuple("1. Về hạ tầng số", d(2025, 12, 15), "Trạm Y tế xã"));
  }

  @Test
  void severalCompletionLinesUnderOneHeadingAreSeveralTasks() {
    List<TaskDraft> tasks = parser.parse("""
        Số: 15/KH-UBND
        II. NHIỆM VỤ VÀ GIẢI PHÁP
        1. Về dữ liệu
        - Làm sạch dữ liệu hộ tịch.
        - Thời gian hoàn thành: Trước ngày 30/10/2025.
        - Kết nối dữ liệu đất đai với cơ sở dữ liệu quốc gia.
        - Thời gian hoàn thành: Quý I/2026.
        """).tasks();
    assertThat(tasks).extracting(TaskDraft::content, TaskDraft::deadline).containsExactly(
        tuple("Làm sạch dữ liệu hộ tịch.", d(2025, 10, 30)),
        tuple("Kết nối dữ liệu đất đai với cơ sở dữ liệu quốc gia.", d(2026, 3, 31)));
  }
}
