package vn.gov.commune.plan.importer;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.commune.plan.importer.DeadlineParser.Deadline;
import vn.gov.commune.plan.importer.PlanDraft.ReportingRule;
import vn.gov.commune.plan.importer.PlanDraft.TaskDraft;

/**
 * Reads the text of a Vietnamese plan (kế hoạch) into a {@link PlanDraft}. Pure Java, no state:
 * one instance may be shared.
 *
 * <p>What it reads:
 *
 * <ul>
 *   <li>the header: number ("Số: 125/KH-UBND", "Số 07-KH/ĐU"), place and date ("Sa Thầy, ngày 15 tháng 8
 *       năm 2025"), issuing body (the upper-case lines above them), title (the lines after "KẾ HOẠCH"),
 *       parent plans (every "Kế hoạch [hành động] số …" in the "Căn cứ"/"Thực hiện" lines before the first
 *       heading);
 *   <li>tasks in both layouts real plans use, in the sections about tasks ("NHIỆM VỤ", "GIẢI PHÁP", "NỘI
 *       DUNG") and about organisation ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG"); aims, targets, budget and
 *       reporting sections give no task:
 *       <ol type="a">
 *         <li>numbered headings (I., 1., 1.1., a)) whose last level is a task, with its bullets ("-", "+")
 *             as details and its own lines "Thời gian hoàn thành: …", "Cơ quan chủ trì: …", "Cơ quan phối
 *             hợp: …", "Sản phẩm: …". A heading with two completion lines holds two tasks; a heading
 *             whose bullets carry their own deadline or lead unit holds one task per bullet;
 *         <li>sections per responsible unit ("1. Văn phòng HĐND-UBND xã:", "2. Phòng Văn hóa - Xã hội",
 *             "Giao Công an xã chủ trì, phối hợp với …:"): each bullet is a task of that unit, with its
 *             deadline inline ("…, hoàn thành trước ngày 30/9/2025"). A unit section without bullets is
 *             one task, unless it only describes the unit's role ("Là cơ quan …").
 *       </ol>
 *   <li>the lead unit: a "chủ trì" line, else "X chủ trì[, phối hợp với Y]" in the task's text, else the
 *       unit of the section, else the plan's focal unit (cơ quan đầu mối, see {@link #focal}) with a
 *       warning that it is only proposed. Coordinating units likewise;
 *   <li>the deadline (see {@link DeadlineParser}): the completion line, else a deadline phrase in the
 *       task's text, else the time of a heading above it ("2.2. Các nhiệm vụ trọng tâm đến ngày 31 tháng 12
 *       năm 2025"), which the warnings then point out;
 *   <li>the reporting rule: "định kỳ trước ngày 13 hàng tháng" and the date of the final summary report
 *       ("Tổng kết … trước ngày 05 tháng 12 năm 2025").
 * </ul>
 *
 * Input may be NFC or NFD, with or without diacritics, with PDF line wrapping and page footnotes.
 *
 * @throws PlanImportException (from {@link #parse}) when the text is not a plan, has no task, or names
 *     a date that does not exist
 */
final class PlanTextParser {

  enum Kind { ROMAN, NUMBERED, LETTERED, BULLET, SUB_BULLET, COMPLETION, LEAD, COORD, RESULT, TEXT, TABLE_ROW }

  enum Category { TASKS, ORGANISATION, OTHER }

  record Para(Kind kind, String label, String text) {
    String folded() {
      return PlanText.fold(text);
    }
  }

  /** A heading with the paragraphs under it (before its first sub-heading). */
  static final class Node {
    final Para heading;
    final int level;
    final Node parent;
    final Category category;
    final String unit;
    final List<String> unitCoordinating;
    final List<Para> body = new ArrayList<>();
    boolean hasChildren;

    Node(Para heading, int level, Node parent, Category category, String unit, List<String> unitCoordinating) {
      this.heading = heading;
      this.level = level;
      this.parent = parent;
      this.category = category;
      this.unit = unit;
      this.unitCoordinating = unitCoordinating;
    }

    String title() {
      return switch (heading.kind()) {
        case ROMAN, NUMBERED -> heading.label() + ". " + heading.text();
        case LETTERED -> heading.label() + ") " + heading.text();
        default -> heading.text();
      };
    }

    String inheritedUnit() {
      for (Node n = this; n != null; n = n.parent) {
        if (n.unit != null) {
          return n.unit;
        }
      }
      return null;
    }

    List<String> inheritedCoordinating() {
      for (Node n = this; n != null; n = n.parent) {
        if (n.unit != null) {
          return n.unitCoordinating;
        }
      }
      return List.of();
    }
  }

  /** The legal basis ("Căn cứ …", "Thực hiện …", capitalised) that starts inside a joined title line. */
  private static final Pattern TITLE_THEN_BASIS = Pattern.compile("\\s(Căn cứ|Thực hiện)\\s");
  private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[.)]\\s+(\\S.*)$");
  private static final Pattern NUMBERED =
      Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.\\s+(\\S.*)$|^(\\d{1,2}(?:\\.\\d{1,2})+)\\s+(\\S.*)$");
  private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\)\\s+(\\S.*)$");
  private static final Pattern BULLET = Pattern.compile("^[-–—•]\\s*(\\S.*)$");
  private static final Pattern SUB_BULLET = Pattern.compile("^[+*]\\s*(\\S.*)$");
  private static final Pattern COMPLETION =
      Pattern.compile("^(?:thoi gian|thoi han|tien do)(?: hoan thanh| thuc hien)?\\s*:\\s*");
  private static final Pattern LEAD = Pattern.compile("^(?:(?:co quan|don vi|bo phan)\\s+)?chu tri\\s*:\\s*");
  private static final Pattern COORD = Pattern.compile("^(?:(?:co quan|don vi|bo phan)\\s+)?phoi hop\\s*:\\s*");
  private static final Pattern RESULT = Pattern.compile("^(?:san pham|ket qua(?: dat duoc| du kien)?)\\s*:\\s*");

  private static final Pattern UNIT_START = Pattern.compile(
      "^(?!ban hanh|doi voi|doi moi|so hoa|so lieu|to chuc|hoi nghi|truong hop|phong chong|phong ngua|doan ket)"
          + "(?:van phong|phong|cong an|ban|uy ban|ubnd|hdnd|trung tam|tram|hoi|doan|mat tran|mttq|ubmttq|truong"
          + "|dang uy|bo phan|cong chuc|to|doi|hop tac xa|chi cuc|so|cac co quan|cac don vi|cac phong|cac ban"
          + "|chi huy|quan su|thuong truc|chu tich|pho chu tich|can bo|chi bo)(?:[\\s,]|$)");
  private static final Pattern UNIT_VERB = Pattern.compile(
      "\\s(?:chu tri|tham muu|thuc hien|phoi hop|trien khai|co trach nhiem|chiu trach nhiem|xay dung|ra soat"
          + "|huong dan|bao dam|dam bao|ban hanh|cap nhat|kiem tra|to chuc thuc hien)\\b");
  private static final Pattern CHU_TRI = Pattern.compile("chu tri");
  /** Verbs that start what a unit does: the unit's name ends before them. */
  static final String ACTION_VERBS = "thuc hien|tham muu|trien khai|to chuc|xay dung|ra soat|huong dan|bo tri|cap nhat"
      + "|kiem tra|bao cao|theo doi|de|nang cap|lap dat|duy tri|van hanh|tuyen truyen|van dong|lam sach|so hoa|ho tro"
      + "|don doc|tong hop|de xuat|ban hanh|hoan thien|kien toan|pho bien|danh gia|khao sat|quan ly|giam sat|chuan bi"
      + "|thu thap|thong ke|phat trien|bao dam|dam bao|nghien cuu|ket noi|cung cap|tiep nhan|xu ly|phoi hop|chu dong"
      + "|tiep tuc|day manh|tang cuong|nang cao|khan truong|chi dao|phan cong|dang ky|su dung|thu|ap dung|lua chon|ky";
  private static final Pattern COORD_AFTER_LEAD = Pattern.compile(
      "^\\s*,?\\s*(?:va\\s+)?phoi hop\\s+(?:voi\\s+)?(.+?)(?=\\s(?:" + ACTION_VERBS + ")(?=[\\s:.,;]|$)|[.;:(\\n]|$)");
  /** A unit named at the start of a task, before what it does: "Công an xã hướng dẫn …", "Đoàn Thanh niên xã: duy trì …". */
  private static final Pattern ACTOR_END = Pattern.compile("\\s*:\\s|\\s(?:" + ACTION_VERBS + "|chu tri|co trach nhiem|chiu trach nhiem)(?=[\\s:.,;]|$)");

  /** A part of the plan whose title names who carries out its tasks. */
  private static final Pattern PART_OF = Pattern.compile(
      "^(?:cac\\s+)?(?:nhiem vu|giai phap|cong viec|noi dung)[^:,;]{0,40}?\\s(?:cua|do|giao cho|giao)\\s+([^:;,]{3,100}?)\\s*:?$");
  private static final Pattern PLAN_NUMBER = Pattern.compile("(?:^so\\s*:?|(?:^|\\s)so\\s*:)\\s*(\\d{1,4}\\s*[-/]\\s*[a-z0-9][a-z0-9/\\-.]*)");
  private static final Pattern PLACE_DATE =
      Pattern.compile("^\\s*[^,\\d]{2,40},\\s*ngay\\s+\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4}");
  private static final Pattern PARENT_PLAN =
      Pattern.compile("ke hoach(?:\\s+hanh dong)?\\s+so\\s*:?\\s*(\\d{1,4}\\s*[-/]\\s*[a-z0-9][a-z0-9/\\-.]*)");
  private static final Pattern ISSUED_BY = Pattern.compile("^(.{5,80}?)\\s+ban hanh\\s+(ke hoach.*?)(?:,|\\s+cu the|\\s+nhu sau|:|$)");
  private static final Pattern MONTHLY = Pattern.compile("ngay\\s+(\\d{1,2})\\s+(?:hang|moi)\\s+thang");
  private static final Pattern ADMIN_WORD = Pattern.compile("\\b(xa|phuong|thi tran|dac khu|huyen|tinh|thanh pho)\\b");
  private static final Locale VI = Locale.forLanguageTag("vi");

  /**
   * Reads a plan.
   *
   * @param text the document's text (any Unicode normal form)
   * @return the draft, with warnings for what a reviewer should check
   * @throws PlanImportException when it is not a plan, has no task, or has a date that does not exist
   */
  public PlanDraft parse(String text) {
    List<Para> classified = classify(PlanText.paragraphs(text == null ? "" : text));
    List<Para> tableRows = classified.stream().filter(p -> p.kind() == Kind.TABLE_ROW).toList();
    List<Para> paras = classified.stream().filter(p -> p.kind() != Kind.TABLE_ROW).toList();
    int firstHeading = 0;
    while (firstHeading < paras.size()
        && paras.get(firstHeading).kind() != Kind.ROMAN && paras.get(firstHeading).kind() != Kind.NUMBERED) {
      firstHeading++;
    }
    List<String> warnings = new ArrayList<>();
    Header header = readHeader(paras.subList(0, firstHeading));
    List<Node> nodes = nodes(paras.subList(firstHeading, paras.size()));
    Focal focal = focal(nodes);
    List<TaskDraft> tasks = new ArrayList<>();
    for (Node node : nodes) {
      if (!node.hasChildren) {
        tasks.addAll(tasks(node, header.issuedOn(), focal, warnings));
      }
    }
    List<TaskDraft> fromTables = tableTasks(tableRows, header.issuedOn(), focal, warnings);
    if (!fromTables.isEmpty()) {
      // "Nhiệm vụ cụ thể tại Phụ lục kèm theo" points to the table, it is no task of its own
      tasks.removeIf(t -> POINTS_TO_TABLE.matcher(PlanText.fold(t.content())).find());
      tasks.addAll(fromTables);
    }
    ReportingRule reporting = reporting(paras);

    boolean looksLikePlan = header.number() != null || header.titled() || !header.parentPlans().isEmpty()
        || tasks.stream().anyMatch(t -> t.deadline() != null || t.recurring() || t.leadUnit() != null);
    if (!looksLikePlan) {
      throw PlanImportException.invalid(
          "Không nhận ra kế hoạch trong tệp: không thấy số, ký hiệu, tiêu đề \"KẾ HOẠCH\", kế hoạch được căn cứ"
              + " hay nhiệm vụ có thời hạn, đơn vị chủ trì nào.");
    }
    if (tasks.isEmpty()) {
      String which = header.number() != null ? " số " + header.number() : "";
      throw PlanImportException.invalid(
          "Kế hoạch" + which + " không có nhiệm vụ nào nhận ra được: cần mục \"NHIỆM VỤ\"/\"TỔ CHỨC THỰC HIỆN\""
              + " với các nhiệm vụ đánh số hoặc gạch đầu dòng (kèm thời gian hoàn thành, đơn vị chủ trì).");
    }
    List<String> headerWarnings = new ArrayList<>();
    if (header.number() == null) {
      headerWarnings.add("Không đọc được số, ký hiệu của kế hoạch.");
    }
    if (header.issuedOn() == null) {
      headerWarnings.add("Không đọc được ngày ban hành kế hoạch.");
    }
    if (header.title() == null) {
      headerWarnings.add("Không đọc được tên (trích yếu) của kế hoạch.");
    }
    if (header.issuingBody() == null) {
      headerWarnings.add("Không đọc được cơ quan ban hành kế hoạch.");
    }
    headerWarnings.addAll(warnings);
    return new PlanDraft(
        header.number(), header.title(), header.issuingBody(), header.issuedOn(), header.parentPlans(),
        reporting, List.copyOf(tasks), List.copyOf(new LinkedHashSet<>(headerWarnings)));
  }

  // ---------------------------------------------------------------- paragraphs

  static List<Para> classify(List<String> paragraphs) {
    List<Para> paras = new ArrayList<>();
    boolean ended = false;
    for (String p : paragraphs) {
      String f = PlanText.fold(p);
      if (f.startsWith("tren day la ke hoach") || f.startsWith("noi nhan")) {
        ended = true; // after the signature only an appendix table of tasks is read
      }
      if (p.startsWith("|")) {
        paras.add(new Para(Kind.TABLE_ROW, null, p));
      } else if (!ended) {
        paras.add(classify(p));
      }
    }
    return paras;
  }

  private static Para classify(String p) {
    Matcher m = ROMAN.matcher(p);
    if (m.matches()) {
      return new Para(Kind.ROMAN, m.group(1), m.group(2).strip());
    }
    m = NUMBERED.matcher(p);
    if (m.matches()) {
      return m.group(1) != null
          ? new Para(Kind.NUMBERED, m.group(1), m.group(2).strip())
          : new Para(Kind.NUMBERED, m.group(3), m.group(4).strip());
    }
    m = LETTERED.matcher(p);
    if (m.matches()) {
      return new Para(Kind.LETTERED, m.group(1), m.group(2).strip());
    }
    Kind bulletKind = null;
    String rest = p;
    if ((m = BULLET.matcher(p)).matches()) {
      bulletKind = Kind.BULLET;
      rest = m.group(1);
    } else if ((m = SUB_BULLET.matcher(p)).matches()) {
      bulletKind = Kind.SUB_BULLET;
      rest = m.group(1);
    }
    String f = PlanText.fold(rest);
    for (var line : List.of(
        new Object[] {COMPLETION, Kind.COMPLETION}, new Object[] {LEAD, Kind.LEAD},
        new Object[] {COORD, Kind.COORD}, new Object[] {RESULT, Kind.RESULT})) {
      Matcher lm = ((Pattern) line[0]).matcher(f);
      if (lm.lookingAt()) {
        return new Para((Kind) line[1], null, rest.substring(lm.end()).strip());
      }
    }
    return new Para(bulletKind == null ? Kind.TEXT : bulletKind, null, rest.strip());
  }

  // ---------------------------------------------------------------- header

  record Header(String number, String title, boolean titled, String issuingBody, LocalDate issuedOn, List<String> parentPlans) {}

  private static Header readHeader(List<Para> preamble) {
    String number = null;
    LocalDate issuedOn = null;
    int dateIndex = -1;
    int titleIndex = -1;
    for (int i = 0; i < preamble.size(); i++) {
      String text = preamble.get(i).text();
      String f = PlanText.fold(text);
      Matcher m;
      int afterNumber = 0;
      if (number == null && titleIndex < 0 && (m = PLAN_NUMBER.matcher(f)).find()) {
        number = text.substring(m.start(1), m.end(1)).replaceAll("\\s+", "").replaceAll("[.\\-/]+$", "");
        dateIndex = Math.max(dateIndex, i);
        afterNumber = m.end();
      }
      if (issuedOn == null && titleIndex < 0 && (m = PLACE_DATE.matcher(f.substring(afterNumber))).find()) {
        issuedOn = DeadlineParser.parse(text.substring(afterNumber + m.start(), afterNumber + m.end()), "ngày ban hành kế hoạch")
            .map(Deadline::date).orElse(null);
        dateIndex = Math.max(dateIndex, i);
      }
      if (titleIndex < 0 && f.startsWith("ke hoach") && text.length() >= 8
          && text.substring(0, 8).equals(text.substring(0, 8).toUpperCase(VI))) {
        titleIndex = i;
      }
    }
    String title = null;
    if (titleIndex >= 0) {
      List<String> parts = new ArrayList<>();
      String first = preamble.get(titleIndex).text().substring(8).strip();
      if (!first.isEmpty()) {
        parts.add(first);
      }
      for (int i = titleIndex + 1; i < preamble.size() && parts.size() < 3; i++) {
        String text = preamble.get(i).text();
        String f = PlanText.fold(text);
        if (preamble.get(i).kind() != Kind.TEXT || f.matches("^(can cu|thuc hien|nham|de |[-*_=.\\s]+$).*")
            || text.length() > 250 || f.matches("^(ubnd|uy ban|dang uy).*ban hanh.*")) {
          break;
        }
        parts.add(text);
      }
      if (!parts.isEmpty()) {
        String joined = String.join(" ", parts);
        // a title line without a full stop may have been joined with the legal basis after it ("… năm 2026
        // Căn cứ Kế hoạch số …"): the basis starts with a capital "Căn cứ"/"Thực hiện" inside the line
        Matcher basis = TITLE_THEN_BASIS.matcher(joined);
        if (basis.find() && basis.start() > 0) {
          joined = joined.substring(0, basis.start()).strip();
        }
        if (joined.equals(joined.toUpperCase(VI))) {
          joined = joined.toLowerCase(VI);
        } else if (joined.length() > 1 && Character.isLowerCase(joined.charAt(1))) {
          joined = Character.toLowerCase(joined.charAt(0)) + joined.substring(1);
        }
        title = PlanText.fold(joined).startsWith("ke hoach") ? PlanText.cleanName(joined) : "Kế hoạch " + joined.replaceAll("[.;]+$", "");
      }
    }
    String issuingBody = issuingBody(preamble, dateIndex >= 0 ? dateIndex : titleIndex);
    for (Para p : preamble) {
      Matcher m = ISSUED_BY.matcher(p.folded());
      if (m.find()) {
        if (issuingBody == null) {
          issuingBody = PlanText.cleanName(p.text().substring(m.start(1), m.end(1)));
        }
        if (title == null) {
          title = PlanText.cleanName(p.text().substring(m.start(2), m.end(2)));
        }
      }
    }
    Set<String> parents = new LinkedHashSet<>();
    for (Para p : preamble) {
      Matcher m = PARENT_PLAN.matcher(p.folded());
      while (m.find()) {
        String parent = p.text().substring(m.start(1), m.end(1)).replaceAll("\\s+", "").replaceAll("[.\\-/,;)]+$", "");
        if (!parent.equals(number)) {
          parents.add(parent);
        }
      }
    }
    return new Header(number, title, titleIndex >= 0, issuingBody, issuedOn, List.copyOf(parents));
  }

  /** "ỦY BAN NHÂN DÂN" + "XÃ SA THẦY" → "Ủy ban nhân dân xã Sa Thầy". */
  private static String issuingBody(List<Para> preamble, int before) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < Math.min(before, preamble.size()); i++) {
      String text = preamble.get(i).text();
      String cut = text.replaceAll("(?iu)\\s*(CỘNG HÒA|CỘNG HOÀ|CONG HOA|ĐẢNG CỘNG SẢN|DANG CONG SAN|Số\\s*:|So\\s*:).*$", "").strip();
      String f = PlanText.fold(cut);
      if (cut.isEmpty() || !cut.equals(cut.toUpperCase(VI)) || !cut.matches(".*\\p{L}{2}.*")
          || f.contains("doc lap") || f.startsWith("ke hoach")) {
        continue;
      }
      lines.add(cut);
    }
    if (lines.isEmpty()) {
      return null;
    }
    String last = lines.get(lines.size() - 1);
    boolean placeOnly = PlanText.fold(last).matches("^(xa|phuong|thi tran|dac khu|huyen|tinh|thanh pho)\\b.*");
    String joined = (placeOnly && lines.size() >= 2 ? lines.get(lines.size() - 2) + " " : "") + last;
    joined = joined.replaceAll("\\bUBND\\b", "ỦY BAN NHÂN DÂN").replaceAll("[*\\-_]+", " ").replaceAll("\\s+", " ").strip();
    String f = PlanText.fold(joined);
    Matcher m = ADMIN_WORD.matcher(f);
    if (!m.find() || m.start() == 0) {
      return PlanText.cleanName(joined.toLowerCase(VI));
    }
    String body = joined.substring(0, m.start()).toLowerCase(VI);
    String admin = joined.substring(m.start(), m.end()).toLowerCase(VI);
    String place = Arrays.stream(joined.substring(m.end()).strip().split(" "))
        .map(w -> w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(VI))
        .reduce((a, b) -> a + " " + b).orElse("");
    return PlanText.cleanName(body + admin + " " + place);
  }

  // ---------------------------------------------------------------- sections

  private static List<Node> nodes(List<Para> paras) {
    boolean roman = paras.stream().anyMatch(p -> p.kind() == Kind.ROMAN);
    List<Node> nodes = new ArrayList<>();
    Deque<Node> stack = new ArrayDeque<>();
    for (Para p : paras) {
      int level;
      switch (p.kind()) {
        case ROMAN -> level = 0;
        case NUMBERED -> level = p.label().split("\\.").length;
        case LETTERED -> level = 10;
        case TEXT -> level = p.text().endsWith(":") && assignsUnit(p.text()) && !stack.isEmpty() ? 15 : -1;
        default -> level = -1;
      }
      if (level < 0) {
        if (!stack.isEmpty()) {
          stack.peek().body.add(p);
        }
        continue;
      }
      while (!stack.isEmpty() && stack.peek().level >= level) {
        stack.pop();
      }
      Node parent = stack.peek();
      Category category;
      if (parent != null) {
        category = parent.category;
      } else if (p.kind() == Kind.ROMAN) {
        category = category(p.text(), Category.OTHER);
      } else {
        category = roman ? Category.OTHER : category(p.text(), Category.TASKS);
      }
      String unit = unitOfHeading(p.text());
      List<String> coordinating = unit == null ? List.of() : coordinatingAfterLead(p.text());
      Node node = new Node(p, level, parent, category, unit, coordinating);
      if (parent != null) {
        parent.hasChildren = true;
      }
      nodes.add(node);
      stack.push(node);
    }
    return nodes;
  }

  private static Category category(String title, Category otherwise) {
    String f = PlanText.fold(title);
    if (f.contains("to chuc thuc hien") || f.contains("phan cong") || f.contains("trach nhiem")) {
      return Category.ORGANISATION;
    }
    if (f.contains("nhiem vu") || f.contains("giai phap") || f.contains("noi dung") || f.contains("danh muc")) {
      return Category.TASKS;
    }
    if (f.matches(".*(muc dich|yeu cau|muc tieu|kinh phi|can cu|bao cao|danh gia|thuc trang|mo hinh|quan diem).*")) {
      return Category.OTHER;
    }
    return otherwise;
  }

  private static boolean assignsUnit(String text) {
    String f = PlanText.fold(text);
    return (f.startsWith("giao ") || f.contains("chu tri") || f.startsWith("doi voi ")) && unitOfHeading(text) != null;
  }

  /**
   * The unit a heading names, or null: "Văn phòng HĐND-UBND xã:", "2. Phòng Văn hóa - Xã hội", "Giao
   * Công an xã chủ trì, phối hợp với … thực hiện:". A heading that is a sentence about a unit ("Các cơ
   * quan chuyên môn thực hiện rà soát …") names no unit section.
   */
  static String unitOfHeading(String text) {
    String t = text.strip();
    String whole = PlanText.fold(t);
    if (whole.startsWith("doi voi ")) {
      // "Đối với các trường học trên địa bàn xã:": the tasks of those it names
      String rest = t.substring(8).replaceAll("[:.\\s]+$", "").strip();
      boolean sentence = rest.contains(":") || UNIT_VERB.matcher(" " + PlanText.fold(rest)).find();
      return rest.length() < 3 || rest.length() > 100 || sentence ? null : PlanText.cleanName(rest);
    }
    Matcher of = PART_OF.matcher(whole);
    if (of.find()) {
      // "Các nhiệm vụ trọng tâm của Ủy ban nhân dân xã": the part names who carries out its tasks
      String name = t.substring(of.start(1), of.end(1)).replaceAll("[:.\\s]+$", "");
      if (UNIT_START.matcher(PlanText.fold(name)).lookingAt() && name.length() <= 100) {
        return PlanText.cleanName(name);
      }
    }
    int colon = t.indexOf(':');
    boolean endsWithColon = colon == t.length() - 1;
    String head = colon >= 0 ? t.substring(0, colon) : t;
    String f = PlanText.fold(head);
    int offset = f.startsWith("giao cho ") ? 9 : f.startsWith("giao ") ? 5 : 0;
    String name = head.substring(offset);
    Matcher verb = UNIT_VERB.matcher(f.substring(offset));
    boolean hasVerb = verb.find();
    if (hasVerb) {
      if (offset == 0 && (!endsWithColon || !verb.group().strip().equals("chu tri"))) {
        return null; // a sentence about a unit, not a section title; "X chủ trì, phối hợp với Y:" is one
      }
      if (colon >= 0 && !endsWithColon) {
        return null;
      }
      name = name.substring(0, verb.start());
    }
    if (!UNIT_START.matcher(PlanText.fold(name).strip()).lookingAt()) {
      return null;
    }
    if (colon < 0 && (t.length() > 130 || t.endsWith("."))) {
      return null;
    }
    String clean = PlanText.cleanName(name);
    return clean.isEmpty() || clean.length() > 100 ? null : clean;
  }

  // ---------------------------------------------------------------- focal unit

  /**
   * The plan's focal unit (cơ quan đầu mối), which takes the tasks the text gives no lead unit.
   *
   * @param unit the unit's name, normalised like other unit names
   * @param role how the plan calls it, for the warning: "cơ quan đầu mối" or "cơ quan thường trực"
   */
  record Focal(String unit, String role) {}

  /** "… là cơ quan đầu mối", "… làm đơn vị đầu mối", "… làm đầu mối", "… là cơ quan thường trực". */
  private static final Pattern FOCAL = Pattern.compile(
      "(?:^|[\\s,])(?:la|lam)\\s+(?:(?:co quan|don vi)\\s+(dau moi|thuong truc)|(dau moi))(?=[\\s,.;:)]|$)");

  /**
   * The focal unit the plan names, or null: the unit of a section whose own text (not its bullets)
   * says it is the focal unit ("2. Phòng Văn hóa - Xã hội" / "Là cơ quan đầu mối, tham mưu …"), or a
   * sentence "Giao Văn phòng HĐND-UBND xã làm đầu mối …", "Văn phòng HĐND-UBND xã là cơ quan đầu mối
   * …". The first "đầu mối" wins; "cơ quan thường trực" only when no unit is called "đầu mối".
   */
  static Focal focal(List<Node> nodes) {
    Focal standing = null;
    for (Node node : nodes) {
      List<String> texts = new ArrayList<>();
      texts.add(node.heading.text());
      node.body.stream().filter(p -> p.kind() == Kind.TEXT).map(Para::text).forEach(texts::add);
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        String f = PlanText.fold(text);
        Matcher m = FOCAL.matcher(f);
        while (m.find()) {
          int start = 0;
          for (char c : new char[] {'.', ';', ':', '(', '\n'}) {
            start = Math.max(start, f.lastIndexOf(c, m.start()) + 1);
          }
          String candidate = text.substring(start, m.start()).strip().replaceFirst("^[-+]\\s*", "");
          String cf = PlanText.fold(candidate);
          if (cf.startsWith("giao cho ")) {
            candidate = candidate.substring(9);
          } else if (cf.startsWith("giao ")) {
            candidate = candidate.substring(5);
          }
          candidate = candidate.replaceAll("[,\\s]+$", "");
          String unit = null;
          if (candidate.isEmpty()) {
            // "Là cơ quan đầu mối, …" under the unit's own heading (or after "Unit:" in it)
            boolean ownSection = i > 0 || node.heading.text().indexOf(':') < start;
            unit = ownSection ? node.unit : null;
          } else if (candidate.length() <= 100 && UNIT_START.matcher(PlanText.fold(candidate)).lookingAt()
              && !UNIT_VERB.matcher(PlanText.fold(candidate)).find()) {
            unit = PlanText.cleanName(candidate);
          }
          if (unit == null || unit.isEmpty()) {
            continue;
          }
          if (m.group(1) == null || m.group(1).equals("dau moi")) {
            return new Focal(unit, "cơ quan đầu mối");
          }
          if (standing == null) {
            standing = new Focal(unit, "cơ quan thường trực");
          }
        }
      }
    }
    return standing;
  }

  // ---------------------------------------------------------------- tasks

  private List<TaskDraft> tasks(Node node, LocalDate issuedOn, Focal focal, List<String> warnings) {
    if (node.category == Category.OTHER) {
      return List.of();
    }
    String unit = node.inheritedUnit();
    if (node.category == Category.ORGANISATION && unit == null) {
      return List.of();
    }
    List<TaskDraft> tasks = new ArrayList<>();
    for (Item item : items(node)) {
      TaskDraft task = task(node, item, unit, issuedOn, focal, warnings);
      if (task != null) {
        tasks.add(task);
      }
    }
    return tasks;
  }

  /** Paragraphs that make one task, and whether the heading's text is part of its content. */
  record Item(String headingText, List<Para> paras) {}

  private static List<Item> items(Node node) {
    List<List<Para>> bullets = bulletGroups(node.body);
    long completions = node.body.stream().filter(p -> p.kind() == Kind.COMPLETION).count();
    boolean contentBody = node.body.stream().anyMatch(p -> p.kind() == Kind.BULLET || p.kind() == Kind.SUB_BULLET || p.kind() == Kind.TEXT);
    String headingText = node.heading.kind() == Kind.LETTERED || (node.heading.kind() == Kind.NUMBERED && !contentBody)
        ? node.heading.text() : null;
    if (node.unit != null) {
      if (!bullets.isEmpty()) {
        return bulletItems(node.body, bullets);
      }
      int colon = node.heading.text().indexOf(':');
      String rest = colon >= 0 ? node.heading.text().substring(colon + 1).strip() : "";
      List<Para> body = node.body.stream().filter(p -> !PlanText.fold(p.text()).startsWith("la ")).toList();
      boolean hasContent = !rest.isEmpty() || body.stream().anyMatch(p -> p.kind() == Kind.TEXT);
      return hasContent ? List.of(new Item(rest.isEmpty() ? null : rest, body)) : List.of();
    }
    if (completions >= 2) {
      List<Item> items = new ArrayList<>();
      List<Para> current = new ArrayList<>();
      for (Para p : node.body) {
        current.add(p);
        if (p.kind() == Kind.COMPLETION) {
          items.add(new Item(items.isEmpty() ? headingText : null, current));
          current = new ArrayList<>();
        }
      }
      if (current.stream().anyMatch(p -> p.kind() != Kind.COMPLETION)) {
        items.add(new Item(null, current));
      }
      return items;
    }
    boolean topic = node.heading.kind() == Kind.NUMBERED || node.heading.kind() == Kind.ROMAN;
    if (bullets.size() >= 2 && (topic || bullets.stream().anyMatch(PlanTextParser::ownsDeadlineOrLead))) {
      return bulletItems(node.body, bullets); // one bullet, one task
    }
    return List.of(new Item(headingText, node.body));
  }

  /**
   * One item per bullet. Lines after the last bullet that give a time, a unit or a product
   * ("Thời gian hoàn thành: Năm 2025") hold for every bullet of the list.
   */
  private static List<Item> bulletItems(List<Para> body, List<List<Para>> bullets) {
    List<Para> last = bullets.get(bullets.size() - 1);
    int sharedFrom = last.size();
    while (sharedFrom > 1 && isField(last.get(sharedFrom - 1))) {
      sharedFrom--;
    }
    List<Para> shared = List.copyOf(last.subList(sharedFrom, last.size()));
    if (shared.isEmpty() || bullets.size() < 2) {
      return bullets.stream().map(b -> new Item(null, b)).toList();
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < bullets.size(); i++) {
      List<Para> own = new ArrayList<>(i == bullets.size() - 1 ? last.subList(0, sharedFrom) : bullets.get(i));
      boolean ownFields = own.stream().anyMatch(PlanTextParser::isField);
      if (!ownFields) {
        own.addAll(shared);
      }
      items.add(new Item(null, own));
    }
    return items;
  }

  private static boolean isField(Para p) {
    return p.kind() == Kind.COMPLETION || p.kind() == Kind.LEAD || p.kind() == Kind.COORD || p.kind() == Kind.RESULT;
  }

  private static boolean ownsDeadlineOrLead(List<Para> bullet) {
    String text = content(null, bullet);
    try {
      return DeadlineParser.findDateInSentence(text, "kiểm tra").isPresent() || !leads(text).isEmpty();
    } catch (PlanImportException e) {
      return true; // it has a date; the error is raised where the task is read
    }
  }

  /** Each bullet with its sub-bullets and the lines (deadline, lead) that follow it. */
  private static List<List<Para>> bulletGroups(List<Para> body) {
    List<List<Para>> groups = new ArrayList<>();
    List<Para> current = null;
    for (Para p : body) {
      if (p.kind() == Kind.BULLET) {
        current = new ArrayList<>();
        groups.add(current);
        current.add(p);
      } else if (current != null && p.kind() != Kind.TEXT) {
        current.add(p);
      } else {
        current = null;
      }
    }
    return groups;
  }

  private static String content(String headingText, List<Para> paras) {
    List<String> parts = new ArrayList<>();
    if (headingText != null && !headingText.isBlank()) {
      parts.add(headingText);
    }
    List<Para> text = paras.stream()
        .filter(p -> p.kind() == Kind.BULLET || p.kind() == Kind.SUB_BULLET || p.kind() == Kind.TEXT).toList();
    boolean single = parts.isEmpty() && text.size() == 1;
    for (Para p : text) {
      String prefix = single ? "" : p.kind() == Kind.BULLET ? "- " : p.kind() == Kind.SUB_BULLET ? "+ " : "";
      parts.add(prefix + p.text());
    }
    return String.join("\n", parts).strip();
  }

  private static TaskDraft task(
      Node node, Item item, String unit, LocalDate issuedOn, Focal focal, List<String> warnings) {
    String content = content(item.headingText(), item.paras());
    if (content.isEmpty()) {
      return null;
    }
    String shortName = PlanText.shortened(content.replaceFirst("^[-+] ", ""), 70);
    String context = "nhiệm vụ: " + shortName;
    Deadline deadline = null;
    String deadlineText = null;
    for (Para p : item.paras()) {
      if (p.kind() == Kind.COMPLETION) {
        deadlineText = p.text().replaceAll("[.;]+$", "");
        deadline = DeadlineParser.parse(p.text(), context).orElse(null);
        if (deadline == null) {
          warnings.add("Không hiểu thời hạn \"" + deadlineText + "\" của nhiệm vụ \"" + shortName + "\".");
        }
      }
    }
    long sentences = item.paras().stream().filter(p -> p.kind() == Kind.BULLET || p.kind() == Kind.TEXT || p.kind() == Kind.SUB_BULLET).count();
    if (deadline != null && !deadline.recurring() && deadline.date() != null && sentences == 1 && item.headingText() == null) {
      // "Khảo sát … hằng quý" under "Thời gian hoàn thành: Năm 2025": recurring until then
      Optional<String> recurrence = DeadlineParser.recurrenceIn(content);
      if (recurrence.isPresent()) {
        deadline = new Deadline(null, true, deadline.date(), deadline.text());
        deadlineText = recurrence.get() + " (" + deadlineText + ")";
      }
    }
    if (deadlineText == null) {
      deadline = DeadlineParser.findInSentence(content, context).orElse(null);
      if (deadline == null) {
        for (Node n = node; n != null && deadline == null; n = n.parent) {
          if (n == node && item.headingText() != null) {
            continue; // the heading is the task's own text, read above
          }
          deadline = DeadlineParser.findInHeading(n.heading.text(), context).orElse(null);
          if (deadline != null) {
            warnings.add("Thời hạn của nhiệm vụ \"" + shortName + "\" lấy theo mục \"" + PlanText.shortened(n.title(), 80) + "\".");
          }
        }
      }
      deadlineText = deadline == null ? null : deadline.text().replaceAll("[.;]+$", "");
    }
    String lead = null;
    List<String> coordinating = new ArrayList<>();
    String result = null;
    for (Para p : item.paras()) {
      switch (p.kind()) {
        case LEAD -> lead = PlanText.cleanName(p.text());
        case COORD -> coordinating.addAll(splitUnits(p.text()));
        case RESULT -> result = p.text().strip().replaceAll("[.;]+$", "");
        default -> { }
      }
    }
    if (lead == null) {
      List<String> inline = leads(content);
      if (!inline.isEmpty()) {
        lead = inline.get(0);
        if (inline.size() > 1) {
          warnings.add("Nhiệm vụ \"" + shortName + "\" nêu nhiều đơn vị chủ trì (" + String.join(", ", inline)
              + "): đã lấy " + lead + ", cần xem lại.");
        }
      }
    }
    if (lead == null) {
      lead = actorAtStart(content);
    }
    if (coordinating.isEmpty()) {
      coordinating.addAll(coordinatingAfterLead(content));
    }
    if (lead == null) {
      lead = unit;
      if (coordinating.isEmpty()) {
        coordinating.addAll(node.inheritedCoordinating());
      }
    }
    lead = leadOrFocal(lead, focal, shortName, warnings);
    boolean recurring = deadline != null && deadline.recurring();
    LocalDate date = deadline == null ? null : deadline.date();
    deadlineWarnings(date, recurring, deadlineText, issuedOn, shortName, warnings);
    return new TaskDraft(
        sectionOf(node, item), content, date, recurring, deadline == null ? null : deadline.recurrenceEnd(),
        deadlineText, lead, List.copyOf(new LinkedHashSet<>(coordinating)), result);
  }

  /** The task's lead unit, else the plan's focal unit with a warning for the reviewer. */
  private static String leadOrFocal(String lead, Focal focal, String shortName, List<String> warnings) {
    if (lead == null && focal != null) {
      warnings.add("Nhiệm vụ \"" + shortName + "\": văn bản không nêu đơn vị chủ trì, tạm giao " + focal.role() + " "
          + focal.unit() + "; đề nghị rà soát.");
      return focal.unit();
    }
    if (lead == null) {
      warnings.add("Nhiệm vụ \"" + shortName + "\" chưa nêu đơn vị chủ trì.");
    }
    return lead;
  }

  /** Warns of a task without any deadline and of a deadline before the plan's own date. */
  private static void deadlineWarnings(
      LocalDate date, boolean recurring, String deadlineText, LocalDate issuedOn, String shortName, List<String> warnings) {
    if (date == null && !recurring && deadlineText == null) {
      warnings.add("Nhiệm vụ \"" + shortName + "\" chưa có thời hạn hoàn thành.");
    }
    if (date != null && issuedOn != null && date.isBefore(issuedOn)) {
      warnings.add("Thời hạn " + vn.gov.commune.plan.PlanCalendar.day(date) + " của nhiệm vụ \"" + shortName
          + "\" trước ngày ban hành kế hoạch.");
    }
  }

  private static String sectionOf(Node node, Item item) {
    Node n = node;
    if (item.headingText() != null && node.heading.kind() == Kind.LETTERED && node.parent != null) {
      n = node.parent;
    }
    return PlanText.shortened(n.title(), 200);
  }

  /** The units a text says lead: "Phòng Kinh tế chủ trì …; Giao Công an xã chủ trì …". */
  static List<String> leads(String text) {
    String f = PlanText.fold(text);
    List<String> leads = new ArrayList<>();
    Matcher m = CHU_TRI.matcher(f);
    while (m.find()) {
      int start = 0;
      for (char c : new char[] {'.', ';', ':', '(', '\n'}) {
        start = Math.max(start, f.lastIndexOf(c, m.start()) + 1);
      }
      String candidate = text.substring(start, m.start()).strip().replaceFirst("^[-+]\\s*", "");
      String cf = PlanText.fold(candidate);
      if (cf.startsWith("giao cho ")) {
        candidate = candidate.substring(9);
      } else if (cf.startsWith("giao ") || cf.startsWith("do ")) {
        candidate = candidate.substring(cf.indexOf(' ') + 1);
      }
      candidate = candidate.replaceAll("[,\\s]+$", "");
      if (!candidate.isEmpty() && candidate.length() <= 80 && UNIT_START.matcher(PlanText.fold(candidate)).lookingAt()
          && !UNIT_VERB.matcher(PlanText.fold(candidate)).find()) {
        String name = PlanText.cleanName(candidate);
        if (!leads.contains(name)) {
          leads.add(name);
        }
      }
    }
    return leads;
  }

  /**
   * The unit a task names as its actor at its start ("Công an xã hướng dẫn …", "Ủy ban Mặt trận Tổ
   * quốc Việt Nam xã: vận động …"), or null.
   */
  static String actorAtStart(String text) {
    String t = text.strip().replaceFirst("^[-+•]\\s*", "");
    String f = PlanText.fold(t);
    if (!UNIT_START.matcher(f).lookingAt() || f.startsWith("cac ") && !f.matches("^cac (co quan|don vi|phong|ban|truong|thon|to|doi|hoi|doan|chi bo)\\b.*")) {
      return null;
    }
    Matcher m = ACTOR_END.matcher(f);
    if (!m.find() || m.start() < 4 || m.start() > 90) {
      return null;
    }
    String name = t.substring(0, m.start());
    if (name.contains(",") && !f.substring(0, m.start()).matches(".*\\b(xa|thon|lang)$")) {
      return null; // "Cán bộ, công chức …" lists people, not one unit
    }
    String clean = PlanText.cleanName(name);
    return clean.split("\\s+").length >= 2 ? clean : null;
  }

  /** "… chủ trì, phối hợp với Ban Chỉ huy Quân sự xã, Trạm Y tế xã thực hiện …" → the two units. */
  static List<String> coordinatingAfterLead(String text) {
    String f = PlanText.fold(text);
    List<String> units = new ArrayList<>();
    Matcher m = CHU_TRI.matcher(f);
    while (m.find()) {
      Matcher c = COORD_AFTER_LEAD.matcher(f.substring(m.end()));
      if (c.lookingAt()) {
        units.addAll(splitUnits(text.substring(m.end() + c.start(1), m.end() + c.end(1))));
      }
    }
    return units;
  }

  static List<String> splitUnits(String text) {
    String t = text.strip().replaceAll("[.;]+$", "");
    if (t.isEmpty()) {
      return List.of();
    }
    List<String> units = new ArrayList<>();
    for (String part : t.split("\\s*;\\s*")) {
      if (PlanText.fold(part).startsWith("cac ")) {
        units.add(PlanText.cleanName(part)); // "các cơ quan, đơn vị liên quan" is one
      } else {
        List<String> names = new ArrayList<>();
        for (String name : part.split("\\s*,\\s*")) {
          String n = name.strip();
          if (n.isEmpty()) {
            continue;
          }
          if (!names.isEmpty() && Character.isLowerCase(n.charAt(0)) && !UNIT_START.matcher(PlanText.fold(n)).lookingAt()) {
            names.set(names.size() - 1, names.get(names.size() - 1) + ", " + n); // "Trưởng thôn, làng"
          } else {
            names.add(n);
          }
        }
        names.stream().map(PlanText::cleanName).filter(u -> !u.isEmpty()).forEach(units::add);
      }
    }
    return units;
  }

  // ---------------------------------------------------------------- tables

  private static final Pattern POINTS_TO_TABLE = Pattern.compile(
      "(?:phu luc|danh muc|bieu)[^.;]{0,60}kem theo|kem theo[^.;]{0,40}(?:phu luc|danh muc)|(?:tai|theo) (?:phu luc|bieu|danh muc)");
  private static final Pattern GROUP_NUMBER = Pattern.compile("^(?:[IVXLC]{1,5}|[A-ZĐ])\\.?$");
  private static final Pattern NUMBER_ROW = Pattern.compile("^\\(?\\d{1,2}\\)?$|^$");

  static List<String> cells(String row) {
    String t = row.strip();
    t = t.substring(1, t.endsWith("|") && t.length() > 1 ? t.length() - 1 : t.length());
    return Arrays.stream(t.split("\\|", -1)).map(String::strip).toList();
  }

  /**
   * Tasks of the tables whose header names their columns (see {@link PlanTables#column}): one row,
   * one task. A row with only a title (a cell across the table, "I. HOÀN THIỆN THỂ CHẾ", or a number
   * and a title without unit, time or product, whose next rows are numbered under it) is a group: the
   * section of the rows under it.
   */
  private List<TaskDraft> tableTasks(List<Para> rows, LocalDate issuedOn, Focal focal, List<String> warnings) {
    List<TaskDraft> tasks = new ArrayList<>();
    PlanTables.Column[] columns = null;
    String group = null;
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = cells(rows.get(i).text());
      if (PlanTables.isHeader(cells)) {
        PlanTables.Column[] header = cells.stream().map(PlanTables::column).toArray(PlanTables.Column[]::new);
        if (!Arrays.equals(header, columns)) {
          group = null; // another table; the same header again is the table going on over a page
        }
        columns = header;
        continue;
      }
      if (columns == null || cells.stream().allMatch(c -> NUMBER_ROW.matcher(c).matches())) {
        continue; // not a task table, or the row "(1) (2) (3) …" under the header
      }
      Row row = new Row(columns, cells);
      if (isGroupRow(row, cells, rows, i, columns)) {
        group = groupTitle(row, cells);
        continue;
      }
      if (row.get(PlanTables.Column.CONTENT).isEmpty()) {
        continue;
      }
      tasks.add(tableTask(row, group, issuedOn, focal, warnings));
    }
    return tasks;
  }

  /** The cells of a row by column; a row shorter than the header (merged cells) fills from the left. */
  record Row(PlanTables.Column[] columns, List<String> cells) {
    String get(PlanTables.Column column) {
      List<String> parts = new ArrayList<>();
      for (int c = 0; c < columns.length && c < cells.size(); c++) {
        if (columns[c] == column && !cells.get(c).isBlank()) {
          parts.add(cells.get(c));
        }
      }
      return String.join("; ", parts);
    }
  }

  private static boolean isGroupRow(Row row, List<String> cells, List<Para> rows, int i, PlanTables.Column[] columns) {
    long filled = cells.stream().filter(c -> !c.isBlank()).count();
    if (filled == 0) {
      return false;
    }
    if (filled == 1 && cells.size() < columns.length) {
      return true; // one cell across the table
    }
    boolean details = !row.get(PlanTables.Column.LEAD).isEmpty() || !row.get(PlanTables.Column.TIME).isEmpty()
        || !row.get(PlanTables.Column.PRODUCT).isEmpty() || !row.get(PlanTables.Column.COORD).isEmpty();
    if (details) {
      return false;
    }
    String number = row.get(PlanTables.Column.NUMBER);
    String content = row.get(PlanTables.Column.CONTENT);
    String title = content.isEmpty() ? String.join(" ", cells).strip() : content;
    String letters = title.replaceAll("[^\\p{L}]", "");
    if (GROUP_NUMBER.matcher(number).matches() || (letters.length() >= 3 && letters.equals(letters.toUpperCase(VI)))
        || content.isEmpty()) {
      return true;
    }
    if (!number.isEmpty() && i + 1 < rows.size()) {
      List<String> next = cells(rows.get(i + 1).text());
      String nextNumber = new Row(columns, next).get(PlanTables.Column.NUMBER);
      return nextNumber.startsWith(number.replaceAll("\\.$", "") + ".");
    }
    return false;
  }

  private static String groupTitle(Row row, List<String> cells) {
    String number = row.get(PlanTables.Column.NUMBER);
    String content = row.get(PlanTables.Column.CONTENT);
    String title = content.isEmpty() || cells.stream().filter(c -> !c.isBlank()).count() == 1
        ? cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("")
        : (number.isEmpty() ? "" : number.replaceAll("\\.$", "") + ". ") + content;
    return PlanText.shortened(title, 200);
  }

  private TaskDraft tableTask(Row row, String group, LocalDate issuedOn, Focal focal, List<String> warnings) {
    String content = row.get(PlanTables.Column.CONTENT);
    String shortName = PlanText.shortened(content, 70);
    String context = "nhiệm vụ: " + shortName;
    String time = row.get(PlanTables.Column.TIME).replaceAll("[.;]+$", "").strip();
    Deadline deadline;
    String deadlineText;
    if (!time.isEmpty()) {
      deadlineText = time;
      deadline = DeadlineParser.parse(time, context).orElse(null);
      if (deadline == null) {
        warnings.add("Không hiểu thời hạn \"" + time + "\" của nhiệm vụ \"" + shortName + "\".");
      }
    } else {
      deadline = DeadlineParser.findInSentence(content, context).orElse(null);
      deadlineText = deadline == null ? null : deadline.text().replaceAll("[.;]+$", "");
    }
    String lead = null;
    List<String> coordinating = new ArrayList<>(splitUnits(row.get(PlanTables.Column.COORD)));
    List<String> leadCell = splitUnits(row.get(PlanTables.Column.LEAD));
    if (!leadCell.isEmpty()) {
      lead = leadCell.get(0);
      if (leadCell.size() > 1) {
        warnings.add("Nhiệm vụ \"" + shortName + "\" nêu nhiều đơn vị chủ trì (" + String.join(", ", leadCell)
            + "): đã lấy " + lead + ", cần xem lại.");
      }
    } else {
      List<String> inline = leads(content);
      if (!inline.isEmpty()) {
        lead = inline.get(0);
      } else {
        lead = actorAtStart(content);
      }
      if (coordinating.isEmpty()) {
        coordinating.addAll(coordinatingAfterLead(content));
      }
    }
    lead = leadOrFocal(lead, focal, shortName, warnings);
    boolean recurring = deadline != null && deadline.recurring();
    LocalDate date = deadline == null ? null : deadline.date();
    deadlineWarnings(date, recurring, deadlineText, issuedOn, shortName, warnings);
    String product = row.get(PlanTables.Column.PRODUCT);
    coordinating.remove(lead);
    return new TaskDraft(group, content, date, recurring, deadline == null ? null : deadline.recurrenceEnd(), deadlineText,
        lead, List.copyOf(new LinkedHashSet<>(coordinating)), product.isEmpty() ? null : product);
  }

  // ---------------------------------------------------------------- reporting

  private static ReportingRule reporting(List<Para> paras) {
    Integer monthly = null;
    LocalDate finalDue = null;
    Set<String> sentences = new LinkedHashSet<>();
    for (Para p : paras) {
      String f = p.folded();
      Matcher m = MONTHLY.matcher(f);
      if (monthly == null && m.find()) {
        int day = Integer.parseInt(m.group(1));
        if (day >= 1 && day <= 31) {
          monthly = day;
          sentences.add(p.text());
        }
      }
      if (finalDue == null && (f.contains("tong ket") || f.contains("bao cao ket qua thuc hien ke hoach"))) {
        Optional<Deadline> due = DeadlineParser.findInSentence(p.text(), "hạn báo cáo tổng kết");
        if (due.isPresent() && due.get().date() != null) {
          finalDue = due.get().date();
          sentences.add(p.text());
        }
      }
    }
    return monthly == null && finalDue == null ? null : new ReportingRule(monthly, finalDue, String.join("\n", sentences));
  }
}
