package vn.gov.commune.dossier.slip;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Writes the WordprocessingML of a slip (word/document.xml, word/styles.xml): A4, margins 2 cm and 3 cm
 * on the left, Times New Roman 13 pt, laid out like the forms of Nghị định 30/2020/NĐ-CP.
 */
final class WordDocument {

  static final String FONT = "Times New Roman";
  /** Body text size in half-points (13 pt). */
  static final int BODY = 26;
  /** Header block size in half-points (12 pt, so the national title fits its column). */
  static final int HEADER = 24;

  // A4 in twentieths of a point, margins 2 cm (1134) and 3 cm (1701) on the left.
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN = 1134;
  static final int MARGIN_LEFT = 1701;
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN;
  // The header table reaches 0.5 cm into both side margins, as in the templates, so that the national
  // title keeps to one line.
  static final int HEADER_OUTDENT = 284;
  static final int LEFT_COLUMN = 4111;
  static final int RIGHT_COLUMN = TEXT_WIDTH + 2 * HEADER_OUTDENT - LEFT_COLUMN;

  private static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  private static final String DOTS = "…………………………………………";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private enum Align {
    LEFT("left"), CENTER("center"), RIGHT("right"), BOTH("both");
    final String value;

    Align(String value) {
      this.value = value;
    }
  }

  /** A run of text; style flags as in Word. */
  private record Run(String text, boolean bold, boolean italic, boolean underline, int size) {
    static Run plain(String text) {
      return new Run(text, false, false, false, BODY);
    }

    static Run bold(String text) {
      return new Run(text, true, false, false, BODY);
    }

    static Run italic(String text) {
      return new Run(text, false, true, false, BODY);
    }
  }

  private final StringBuilder xml = new StringBuilder(16_384);

  private WordDocument() {}

  static String document(SlipContent slip) {
    return new WordDocument().write(slip);
  }

  static String styles() {
    return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="%1$s">
        <w:docDefaults>
        <w:rPrDefault><w:rPr><w:rFonts w:ascii="%2$s" w:hAnsi="%2$s" w:eastAsia="%2$s" w:cs="%2$s"/>\
        <w:sz w:val="%3$d"/><w:szCs w:val="%3$d"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>\
        </w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
        <w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
        <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
        <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        </w:styles>
        """.formatted(NS_W, FONT, BODY);
  }

  private String write(SlipContent slip) {
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<w:document xmlns:w=\"").append(NS_W).append("\"><w:body>");
    header(slip);
    paragraph(Align.CENTER, 360, slip.subtitle().isBlank() ? 240 : 0, 0, false, new Run(slip.type().heading(), true, false, false, 28));
    if (!slip.subtitle().isBlank()) {
      paragraph(Align.CENTER, 0, 240, 0, false, Run.bold(slip.subtitle()));
    }
    for (SlipContent.Field field : slip.fields()) {
      field(field);
    }
    for (String text : slip.paragraphs()) {
      paragraph(Align.BOTH, 120, 0, 567, false, Run.plain(text));
    }
    if (slip.table() != null && slip.table().columns() > 0) {
      paragraph(Align.LEFT, 0, 0, 0, true);
      table(slip.table());
    }
    signature(slip);
    paragraph(Align.LEFT, 0, 0, 0, false);
    xml.append("<w:sectPr>")
        .append("<w:pgSz w:w=\"").append(PAGE_WIDTH).append("\" w:h=\"").append(PAGE_HEIGHT).append("\"/>")
        .append("<w:pgMar w:top=\"").append(MARGIN).append("\" w:right=\"").append(MARGIN)
        .append("\" w:bottom=\"").append(MARGIN).append("\" w:left=\"").append(MARGIN_LEFT)
        .append("\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>")
        .append("<w:cols w:space=\"708\"/>")
        .append("</w:sectPr></w:body></w:document>");
    return xml.toString();
  }

  /**
   * Two borderless rows as in the forms of Nghị định 30/2020: issuing body | national title and motto,
   * then dossier code | place and date.
   */
  private void header(SlipContent slip) {
    borderlessTableStart(-HEADER_OUTDENT, LEFT_COLUMN, RIGHT_COLUMN);
    xml.append("<w:tr>");
    cellStart(LEFT_COLUMN, false);
    List<String> bodies = lines(slip.issuingBody());
    for (int i = 0; i < bodies.size(); i++) {
      boolean issuer = i == bodies.size() - 1;
      paragraph(Align.CENTER, 0, 0, 0, false,
          new Run(bodies.get(i).toUpperCase(VIETNAMESE), issuer, false, false, HEADER));
    }
    if (bodies.isEmpty()) {
      paragraph(Align.CENTER, 0, 0, 0, false);
    }
    xml.append("</w:tc>");
    cellStart(RIGHT_COLUMN, false);
    paragraph(Align.CENTER, 0, 0, 0, false, new Run(NATION, true, false, false, HEADER));
    paragraph(Align.CENTER, 0, 0, 0, false, new Run(MOTTO, true, false, true, BODY));
    xml.append("</w:tc></w:tr>");
    if (!slip.dossierCode().isBlank() || !slip.placeAndDate().isBlank()) {
      xml.append("<w:tr>");
      cellStart(LEFT_COLUMN, false);
      if (slip.dossierCode().isBlank()) {
        paragraph(Align.CENTER, 120, 0, 0, false);
      } else {
        paragraph(Align.CENTER, 120, 0, 0, false,
            new Run("Mã hồ sơ: " + slip.dossierCode().strip(), false, false, false, HEADER));
      }
      xml.append("</w:tc>");
      cellStart(RIGHT_COLUMN, false);
      paragraph(Align.CENTER, 120, 0, 0, false, Run.italic(slip.placeAndDate()));
      xml.append("</w:tc></w:tr>");
    }
    xml.append("</w:tbl>");
  }

  private void field(SlipContent.Field field) {
    String label = field.label().strip();
    if (label.isEmpty()) {
      paragraph(Align.BOTH, 60, 0, 0, false, Run.plain(field.value()));
      return;
    }
    String value = field.value().isBlank() ? DOTS : field.value();
    String separator = label.endsWith(":") ? " " : ": ";
    paragraph(Align.BOTH, 60, 0, 0, false, Run.plain(label + separator), Run.plain(value));
  }

  private void table(SlipContent.Table table) {
    int columns = table.columns();
    int[] widths = columnWidths(table);
    xml.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(TEXT_WIDTH).append("\" w:type=\"dxa\"/>")
        .append("<w:tblBorders>");
    for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
      xml.append("<w:").append(side)
          .append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
    }
    xml.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
        .append("<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>")
        .append("</w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
    for (int width : widths) {
      xml.append("<w:gridCol w:w=\"").append(width).append("\"/>");
    }
    xml.append("</w:tblGrid>");
    if (!table.headers().isEmpty()) {
      xml.append("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
      for (int i = 0; i < columns; i++) {
        cellStart(widths[i], true);
        String text = i < table.headers().size() ? table.headers().get(i) : "";
        paragraph(Align.CENTER, 40, 40, 0, false, Run.bold(text));
        xml.append("</w:tc>");
      }
      xml.append("</w:tr>");
    }
    for (List<String> row : table.rows()) {
      xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
      for (int i = 0; i < columns; i++) {
        cellStart(widths[i], true);
        String text = i < row.size() ? row.get(i) : "";
        paragraph(Align.LEFT, 40, 40, 0, false, Run.plain(text));
        xml.append("</w:tc>");
      }
      xml.append("</w:tr>");
    }
    xml.append("</w:tbl>");
  }

  /** Column widths in proportion to the longest text of each column (at least 4, at most 40 characters). */
  static int[] columnWidths(SlipContent.Table table) {
    int columns = table.columns();
    int[] weights = new int[columns];
    for (int i = 0; i < columns; i++) {
      int longest = i < table.headers().size() ? longestWord(table.headers().get(i)) : 0;
      for (List<String> row : table.rows()) {
        if (i < row.size()) {
          longest = Math.max(longest, row.get(i).strip().length());
        }
      }
      weights[i] = Math.max(4, Math.min(40, longest));
    }
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int[] widths = new int[columns];
    int used = 0;
    for (int i = 0; i < columns; i++) {
      widths[i] = i == columns - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * weights[i] / total;
      used += widths[i];
    }
    return widths;
  }

  /** Headers may wrap between words, so only their longest word must fit. */
  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.strip().split("\\s+")) {
      longest = Math.max(longest, word.length());
    }
    return Math.max(longest, Math.min(text.strip().length(), 12));
  }

  /** Signature block in the right half: title, instruction, room to sign, name. */
  private void signature(SlipContent slip) {
    if (slip.signatureTitle().isBlank() && slip.signerName().isBlank()) {
      return;
    }
    int half = TEXT_WIDTH / 2;
    paragraph(Align.LEFT, 0, 0, 0, true);
    borderlessTableStart(0, TEXT_WIDTH - half, half);
    xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cellStart(TEXT_WIDTH - half, false);
    paragraph(Align.LEFT, 0, 0, 0, false);
    xml.append("</w:tc>");
    cellStart(half, false);
    for (String line : lines(slip.signatureTitle())) {
      paragraph(Align.CENTER, 0, 0, 0, true, Run.bold(line));
    }
    paragraph(Align.CENTER, 0, 0, 0, true,
        Run.italic(slip.digitallySigned() ? "(Đã ký số)" : "(Ký, ghi rõ họ tên)"));
    int room = slip.digitallySigned() ? 1 : 4;
    for (int i = 0; i < room; i++) {
      paragraph(Align.CENTER, 0, 0, 0, true);
    }
    paragraph(Align.CENTER, 0, 0, 0, false, Run.bold(slip.signerName().strip()));
    xml.append("</w:tc></w:tr></w:tbl>");
  }

  /** A table without borders, {@code indent} twips from the left margin (negative: into it). */
  private void borderlessTableStart(int indent, int... widths) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    xml.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/>")
        .append("<w:tblInd w:w=\"").append(indent).append("\" w:type=\"dxa\"/>")
        .append("<w:tblBorders>");
    for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
      xml.append("<w:").append(side).append(" w:val=\"nil\"/>");
    }
    xml.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
        .append("<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>")
        .append("</w:tblCellMar><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
    for (int w : widths) {
      xml.append("<w:gridCol w:w=\"").append(w).append("\"/>");
    }
    xml.append("</w:tblGrid>");
  }

  private void cellStart(int width, boolean centredVertically) {
    xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
    if (centredVertically) {
      xml.append("<w:vAlign w:val=\"center\"/>");
    }
    xml.append("</w:tcPr>");
  }

  /**
   * One paragraph. Spacing in twentieths of a point; {@code firstLine} indent in twips; {@code keepNext}
   * keeps it on the page of the next one.
   */
  private void paragraph(Align align, int before, int after, int firstLine, boolean keepNext, Run... runs) {
    xml.append("<w:p><w:pPr>");
    if (keepNext) {
      xml.append("<w:keepNext/>");
    }
    xml.append("<w:spacing w:before=\"").append(before).append("\" w:after=\"").append(after).append("\"/>");
    if (firstLine > 0) {
      xml.append("<w:ind w:firstLine=\"").append(firstLine).append("\"/>");
    }
    xml.append("<w:jc w:val=\"").append(align.value).append("\"/></w:pPr>");
    for (Run run : runs) {
      run(run);
    }
    xml.append("</w:p>");
  }

  /** A run; "\n" becomes a line break and "\t" a tab. */
  private void run(Run run) {
    String text = clean(run.text());
    if (text.isEmpty()) {
      return;
    }
    xml.append("<w:r><w:rPr><w:rFonts w:ascii=\"").append(FONT).append("\" w:hAnsi=\"").append(FONT)
        .append("\" w:cs=\"").append(FONT).append("\"/>");
    if (run.bold()) {
      xml.append("<w:b/><w:bCs/>");
    }
    if (run.italic()) {
      xml.append("<w:i/><w:iCs/>");
    }
    xml.append("<w:sz w:val=\"").append(run.size()).append("\"/><w:szCs w:val=\"").append(run.size())
        .append("\"/>");
    if (run.underline()) {
      xml.append("<w:u w:val=\"single\"/>");
    }
    xml.append("</w:rPr>");
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        textElement(chunk);
        xml.append(c == '\n' ? "<w:br/>" : "<w:tab/>");
      } else {
        chunk.append(c);
      }
    }
    textElement(chunk);
    xml.append("</w:r>");
  }

  private void textElement(StringBuilder chunk) {
    if (chunk.length() > 0) {
      xml.append("<w:t xml:space=\"preserve\">").append(escape(chunk.toString())).append("</w:t>");
      chunk.setLength(0);
    }
  }

  private static List<String> lines(String text) {
    return clean(text).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /**
   * Composes Vietnamese diacritics (NFC, so fonts draw them as one glyph), turns line ends into "\n" and
   * drops the characters XML 1.0 does not allow (controls other than tab and line ends, lone
   * surrogates, U+FFFE, U+FFFF).
   */
  static String clean(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(WordDocument::allowedInXml).forEach(out::appendCodePoint);
    return out.toString();
  }

  static boolean allowedInXml(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** Escapes the five XML special characters; the text must already be {@link #clean clean}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
