package vn.gov.commune.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SlipRendererTest {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final SlipRenderer renderer = new SlipRenderer();

  static SlipContent receipt(SlipType type) {
    return new SlipContent(
        type,
        "UBND XÃ SA THẦY\nTrung tâm Phục vụ hành chính công",
        "Sa Thầy, ngày 23 tháng 11 năm 2026",
        "000.00.31.H62-261123-0001",
        List.of(
            new SlipContent.Field("Tiếp nhận hồ sơ của", "Nguyễn Văn An"),
            new SlipContent.Field("Số định danh cá nhân", "062095001234"),
            new SlipContent.Field("Nội dung yêu cầu giải quyết", "Đăng ký khai sinh"),
            new SlipContent.Field("Thời gian trả kết quả", "15 giờ 00 phút, ngày 24 tháng 11 năm 2026")),
        List.of("Vào Sổ theo dõi hồ sơ, Quyển số: 01, Số thứ tự: 1."),
        new SlipContent.Table(
            List.of("STT", "Tên giấy tờ", "Hình thức"),
            List.of(List.of("1", "Tờ khai đăng ký khai sinh", "Bản chính"),
                List.of("2", "Giấy chứng sinh", "Bản chính"))),
        "NGƯỜI TIẾP NHẬN",
        "Trần Thị Bình");
  }

  @Test
  void rendersAZipWithTheRequiredParts() throws Exception {
    Map<String, String> parts = unzip(renderer.render(receipt(SlipType.RECEIPT)));

    assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "docProps/core.xml");
    assertThat(parts.get("[Content_Types].xml"))
        .contains("PartName=\"/word/document.xml\"")
        .contains("wordprocessingml.document.main+xml");
    assertThat(parts.get("_rels/.rels")).contains("Target=\"word/document.xml\"");
    for (Map.Entry<String, String> part : parts.entrySet()) {
      assertThat(parse(part.getValue())).as(part.getKey()).isNotNull();
    }
    Document core = parse(parts.get("docProps/core.xml"));
    assertThat(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0)
        .getTextContent()).isEqualTo("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
  }

  @Test
  void eachSlipCarriesItsFormNumberOfCircular03AndItsOwnNumber() throws Exception {
    for (SlipType type : List.of(SlipType.SUPPLEMENT_REQUEST, SlipType.REFUSAL, SlipType.APOLOGY, SlipType.STOP_NOTICE, SlipType.PROCESS_CONTROL)) {
      List<String> paragraphs = paragraphTexts(parse(unzip(renderer.render(receipt(type))).get("word/document.xml")));
      assertThat(paragraphs).as(type.name()).contains("Mẫu số " + type.formNumber() + " (Thông tư 03/2025/TT-VPCP)")
          .anyMatch(p -> p.startsWith("Số: 000.00.31.H62-261123-0001/"));
    }
    assertThat(List.of(SlipType.RECEIPT, SlipType.SUPPLEMENT_REQUEST, SlipType.REFUSAL, SlipType.APOLOGY, SlipType.STOP_NOTICE,
            SlipType.PROCESS_CONTROL).stream().map(SlipType::formNumber).toList())
        .containsExactly("01", "02", "03", "04", "05", "06");
    List<String> fee = paragraphTexts(parse(unzip(renderer.render(receipt(SlipType.FEE_RECEIPT))).get("word/document.xml")));
    assertThat(fee).noneMatch(p -> p.startsWith("Mẫu số"));
  }

  @Test
  void documentHoldsHeaderTitleFieldsTableAndSignatureInVietnamese() throws Exception {
    Document doc = parse(unzip(renderer.render(receipt(SlipType.RECEIPT))).get("word/document.xml"));
    List<String> paragraphs = paragraphTexts(doc);

    assertThat(paragraphs).contains(
        "UBND XÃ SA THẦY",
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "Mã hồ sơ: 000.00.31.H62-261123-0001",
        "Số: 000.00.31.H62-261123-0001/TN",
        "Mẫu số 01 (Thông tư 03/2025/TT-VPCP)",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Sa Thầy, ngày 23 tháng 11 năm 2026",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "Tiếp nhận hồ sơ của: Nguyễn Văn An",
        "Số định danh cá nhân: 062095001234",
        "Thời gian trả kết quả: 15 giờ 00 phút, ngày 24 tháng 11 năm 2026",
        "Vào Sổ theo dõi hồ sơ, Quyển số: 01, Số thứ tự: 1.",
        "Tên giấy tờ", "Tờ khai đăng ký khai sinh", "Giấy chứng sinh",
        "NGƯỜI TIẾP NHẬN", "(Ký, ghi rõ họ tên)", "Trần Thị Bình");
    assertThat(paragraphs).doesNotContain("(Đã ký số)");
    // header table, document table, signature table
    assertThat(doc.getElementsByTagNameNS(W, "tbl").getLength()).isEqualTo(3);
    assertThat(String.join("|", paragraphs)).containsSubsequence(
        "CỘNG HÒA", "GIẤY TIẾP NHẬN", "Tiếp nhận hồ sơ của", "Vào Sổ", "STT", "NGƯỜI TIẾP NHẬN");
  }

  @Test
  void layoutIsA4TimesNewRomanWithBoldUnderlinedMotto() throws Exception {
    Map<String, String> parts = unzip(renderer.render(receipt(SlipType.RECEIPT)));
    Document doc = parse(parts.get("word/document.xml"));

    Element pgSz = (Element) doc.getElementsByTagNameNS(W, "pgSz").item(0);
    assertThat(pgSz.getAttributeNS(W, "w")).isEqualTo("11906");
    assertThat(pgSz.getAttributeNS(W, "h")).isEqualTo("16838");
    Element pgMar = (Element) doc.getElementsByTagNameNS(W, "pgMar").item(0);
    assertThat(pgMar.getAttributeNS(W, "left")).isEqualTo("1701");
    assertThat(pgMar.getAttributeNS(W, "top")).isEqualTo("1134");
    Element fonts = (Element) doc.getElementsByTagNameNS(W, "rFonts").item(0);
    assertThat(fonts.getAttributeNS(W, "ascii")).isEqualTo("Times New Roman");
    assertThat(fonts.getAttributeNS(W, "hAnsi")).isEqualTo("Times New Roman");
    assertThat(fonts.getAttributeNS(W, "cs")).isEqualTo("Times New Roman");
    assertThat(parts.get("word/styles.xml")).contains("w:ascii=\"Times New Roman\"").contains("<w:sz w:val=\"26\"/>");

    Element motto = runContaining(doc, "Độc lập - Tự do - Hạnh phúc");
    assertThat(motto.getElementsByTagNameNS(W, "b").getLength()).isEqualTo(1);
    assertThat(motto.getElementsByTagNameNS(W, "u").getLength()).isEqualTo(1);
    Element date = runContaining(doc, "Sa Thầy, ngày");
    assertThat(date.getElementsByTagNameNS(W, "i").getLength()).isEqualTo(1);
    Element header = runContaining(doc, "Tên giấy tờ");
    assertThat(header.getElementsByTagNameNS(W, "b").getLength()).isEqualTo(1);
    Element cell = runContaining(doc, "Giấy chứng sinh");
    assertThat(cell.getElementsByTagNameNS(W, "b").getLength()).isZero();
  }

  /** Characters XML must escape or cannot hold, in every field. */
  static SlipContent awkward() {
    return new SlipContent(
        SlipType.SUPPLEMENT_REQUEST,
        "UBND XÃ SA THẦY & <CO> \"QUOTE\"\r\n  Trung tâm ]]> 'x'",
        "Sa Thầy, ngày 1 tháng 12 năm 2026",
        "A&B<1>",
        List.of(new SlipContent.Field("Ghi chú <b>", "Tom & Jerry \"vợ\" 'chồng' </w:t>\u0001\u0007 hết\uD800")),
        List.of("1 < 2 && 3 > 2 ]]> <w:p/>"),
        new SlipContent.Table(List.of("<STT>"), List.of(List.of("&amp;"))),
        "CÁN BỘ & CHUYÊN VIÊN",
        "Lê <Văn> Cường");
  }

  @Test
  void escapesXmlSpecialCharactersAndDropsIllegalOnes() throws Exception {
    SlipContent content = awkward();

    Map<String, String> parts = unzip(renderer.render(content));
    Document doc = parse(parts.get("word/document.xml"));
    List<String> paragraphs = paragraphTexts(doc);

    assertThat(paragraphs).contains(
        "Mã hồ sơ: A&B<1>",
        "Ghi chú <b>: Tom & Jerry \"vợ\" 'chồng' </w:t> hết",
        "1 < 2 && 3 > 2 ]]> <w:p/>",
        "<STT>", "&amp;", "CÁN BỘ & CHUYÊN VIÊN", "Lê <Văn> Cường");
    assertThat(doc.getElementsByTagNameNS(W, "tbl").getLength()).isEqualTo(3);
    assertThat(parts.get("word/document.xml")).doesNotContain("\u0001", "\u0007");
    Document core = parse(parts.get("docProps/core.xml"));
    assertThat(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "identifier").item(0)
        .getTextContent()).isEqualTo("A&B<1>");
  }

  @ParameterizedTest
  @EnumSource(SlipType.class)
  void everySlipTypeRenders(SlipType type) throws Exception {
    Document doc = parse(unzip(renderer.render(receipt(type))).get("word/document.xml"));

    assertThat(paragraphTexts(doc)).contains(type.heading(), "Tiếp nhận hồ sơ của: Nguyễn Văn An");
    assertThat(type.fileName("000.00.31.H62-261123-0001"))
        .matches("[a-z-]+-000\\.00\\.31\\.H62-261123-0001\\.docx");
  }

  @Test
  void minimalSlipWithoutTableOrSignatureRenders() throws Exception {
    SlipContent content = new SlipContent(SlipType.STOP_NOTICE, null, null, null, null, null, null, null, null);

    Document doc = parse(unzip(renderer.render(content)).get("word/document.xml"));

    assertThat(paragraphTexts(doc)).contains("THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ")
        .noneMatch(p -> p.startsWith("Mã hồ sơ"))
        .doesNotContain("(Ký, ghi rõ họ tên)");
    assertThat(doc.getElementsByTagNameNS(W, "tbl").getLength()).isEqualTo(1);
  }

  @Test
  void digitallySignedSlipSaysSoAndBlankFieldsGetDots() throws Exception {
    SlipContent content = new SlipContent(SlipType.RESULT, "UBND XÃ SA THẦY", "Sa Thầy, ngày 2 tháng 12 năm 2026",
        "000.00.31.H62-261123-0001", List.of(new SlipContent.Field("Ý kiến:", " ")), List.of(), null,
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Văn Dũng", true);

    List<String> paragraphs = paragraphTexts(parse(unzip(renderer.render(content)).get("word/document.xml")));

    assertThat(paragraphs).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký số)", "Phạm Văn Dũng")
        .doesNotContain("(Ký, ghi rõ họ tên)")
        .anyMatch(p -> p.startsWith("Ý kiến: …"));
  }

  @Test
  void decomposedDiacriticsAreComposed() throws Exception {
    String decomposed = "Nguye\u0302\u0303n"; // "Nguyễn" as base letters and combining marks
    SlipContent content = new SlipContent(SlipType.RECEIPT, "UBND XÃ SA THẦY", "", "",
        List.of(new SlipContent.Field("Họ tên", decomposed)), List.of(), null, "", "");

    String xml = unzip(renderer.render(content)).get("word/document.xml");

    assertThat(xml).contains("Họ tên: </w:t>").contains("Nguyễn");
  }

  @Test
  void tableColumnsFollowTheirText() {
    int[] widths = WordDocument.columnWidths(receipt(SlipType.RECEIPT).table());

    assertThat(widths).hasSize(3);
    assertThat(widths[0]).isLessThan(widths[2]).isLessThan(widths[1]);
    assertThat(widths[0] + widths[1] + widths[2]).isEqualTo(WordDocument.TEXT_WIDTH);
  }

  @Test
  void shortRowsArePadded() throws Exception {
    SlipContent content = new SlipContent(SlipType.PROCESS_CONTROL, "UBND XÃ SA THẦY", "", "", List.of(), List.of(),
        new SlipContent.Table(List.of("Bước", "Cán bộ", "Thời hạn", "Kết quả"),
            List.of(List.of("Tiếp nhận"), List.of("Thẩm định", "Lê Văn Cường", "24/11/2026", "Đúng hạn", "thừa"))),
        "", "");

    Document doc = parse(unzip(renderer.render(content)).get("word/document.xml"));

    Element table = (Element) doc.getElementsByTagNameNS(W, "tbl").item(1);
    NodeList rows = table.getElementsByTagNameNS(W, "tr");
    assertThat(rows.getLength()).isEqualTo(3);
    for (int i = 0; i < rows.getLength(); i++) {
      assertThat(((Element) rows.item(i)).getElementsByTagNameNS(W, "tc").getLength()).isEqualTo(5);
    }
    assertThat(table.getElementsByTagNameNS(W, "gridCol").getLength()).isEqualTo(5);
    assertThat(paragraphTexts(doc)).contains("thừa");
  }

  /**
   * {@link SlipRenderer#render} writes the package itself instead of through POI's saving (for speed): the
   * bytes must be exactly those POI writes for the same slip, whatever the slip holds.
   */
  @Test
  void writesExactlyTheBytesPoiWouldWrite() throws Exception {
    List<SlipContent> slips = new ArrayList<>();
    for (SlipType type : SlipType.values()) {
      slips.add(receipt(type));
    }
    slips.add(awkward());
    slips.add(new SlipContent(SlipType.STOP_NOTICE, null, null, null, null, null, null, null, null));
    slips.add(new SlipContent(SlipType.RESULT, "UBND XÃ SA THẦY", "Sa Thầy, ngày 2 tháng 12 năm 2026",
        "000.00.31.H62-261123-0001", List.of(new SlipContent.Field("Ý kiến:", " ")), List.of(), null,
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Văn Dũng", true));
    for (SlipContent slip : slips) {
      byte[] poi = renderer.renderWithPoi(slip);
      Map<String, String> expected = unzip(poi);
      Map<String, String> written = unzip(renderer.render(slip));
      assertThat(written.keySet()).containsExactlyElementsOf(expected.keySet());
      expected.forEach((part, xml) -> assertThat(written.get(part)).as(slip.type() + " " + part).isEqualTo(xml));
      assertThat(renderer.render(slip)).as(slip.type() + " " + slip.dossierCode()).isEqualTo(poi);
    }
  }

  @Test
  void sameContentGivesSameBytes() {
    assertThat(renderer.render(receipt(SlipType.RECEIPT))).isEqualTo(renderer.render(receipt(SlipType.RECEIPT)));
  }

  @Test
  void bytesDoNotDependOnWhenTheSlipIsRendered() throws Exception {
    byte[] docx = renderer.render(receipt(SlipType.RECEIPT));
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo("2020-01-01T00:00");
      }
    }
    Document core = parse(unzip(docx).get("docProps/core.xml"));
    assertThat(core.getElementsByTagNameNS("http://purl.org/dc/terms/", "created").getLength()).isZero();
    assertThat(core.getElementsByTagNameNS("http://purl.org/dc/terms/", "modified").getLength()).isZero();
  }

  @Test
  void fileNamesAreAsciiStems() {
    assertThat(SlipType.RECEIPT.fileName("000.00.31.H62-261123-0001"))
        .isEqualTo("phieu-tiep-nhan-000.00.31.H62-261123-0001.docx");
    assertThat(SlipType.STOP_NOTICE.fileName(null)).isEqualTo("thong-bao-dung-xu-ly.docx");
    assertThat(SlipType.REFUSAL.fileName(" a/b c ")).isEqualTo("phieu-tu-choi-a-b-c.docx");
    for (SlipType type : SlipType.values()) {
      assertThat(type.fileStem()).matches("[a-z]+(-[a-z]+)*");
    }
    assertThatThrownBy(() -> new SlipContent(null, "", "", "", null, null, null, "", ""))
        .isInstanceOf(NullPointerException.class);
  }

  private static Map<String, String> unzip(byte[] docx) throws IOException {
    assertThat(docx).startsWith(0x50, 0x4B, 0x03, 0x04);
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(parts).isNotEmpty();
    return parts;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The text of every paragraph, line breaks as "\n". */
  private static List<String> paragraphTexts(Document doc) {
    List<String> texts = new ArrayList<>();
    NodeList paragraphs = doc.getElementsByTagNameNS(W, "p");
    for (int i = 0; i < paragraphs.getLength(); i++) {
      StringBuilder text = new StringBuilder();
      NodeList ts = ((Element) paragraphs.item(i)).getElementsByTagNameNS(W, "t");
      for (int j = 0; j < ts.getLength(); j++) {
        text.append(ts.item(j).getTextContent());
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static Element runContaining(Document doc, String text) {
    NodeList runs = doc.getElementsByTagNameNS(W, "r");
    for (int i = 0; i < runs.getLength(); i++) {
      if (runs.item(i).getTextContent().contains(text)) {
        return (Element) runs.item(i);
      }
    }
    throw new AssertionError("no run contains " + text);
  }
}
