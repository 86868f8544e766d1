package vn.gov.commune.documents;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a slip into an Apache POI {@link XWPFDocument}: A4, margins 2 cm and 3 cm on the left, Times New
 * Roman 13 pt, laid out like the forms of Nghị định 30/2020/NĐ-CP.
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

  private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
  private static final String DOTS = "…………………………………………";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

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

  private final CTBody body;

  private WordDocument(CTBody body) {
    this.body = body;
  }

  /** A new Word document holding the slip. */
  static XWPFDocument of(SlipContent slip) {
    XWPFDocument document = new XWPFDocument();
    document.createStyles().setStyles(styles());
    new WordDocument(document.getDocument().getBody()).write(slip);
    return document;
  }

  /** Times New Roman 13 pt in Vietnamese, no space after paragraphs, the normal paragraph and table styles. */
  private static CTStyles styles() {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = styles.addNewDocDefaults();
    CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
    CTFonts fonts = rPr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setEastAsia(FONT);
    fonts.setCs(FONT);
    rPr.addNewSz().setVal(BigInteger.valueOf(BODY));
    rPr.addNewSzCs().setVal(BigInteger.valueOf(BODY));
    CTLanguage lang = rPr.addNewLang();
    lang.setVal("vi-VN");
    lang.setEastAsia("vi-VN");
    lang.setBidi("ar-SA");
    CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
    spacing.setAfter(BigInteger.ZERO);
    spacing.setLine(BigInteger.valueOf(264));
    spacing.setLineRule(STLineSpacingRule.AUTO);
    CTStyle normal = styles.addNewStyle();
    normal.setType(STStyleType.PARAGRAPH);
    normal.setDefault(true);
    normal.setStyleId("Normal");
    normal.addNewName().setVal("Normal");
    normal.addNewQFormat();
    CTStyle table = styles.addNewStyle();
    table.setType(STStyleType.TABLE);
    table.setDefault(true);
    table.setStyleId("TableNormal");
    table.addNewName().setVal("Normal Table");
    table.addNewUiPriority().setVal(BigInteger.valueOf(99));
    table.addNewSemiHidden();
    // its cell margins (108 twips left and right) and indent (0) are Word's own defaults: each table sets what it needs
    return styles;
  }

  private void write(SlipContent slip) {
    header(slip);
    if (slip.type().formNumber() != null) {
      paragraph(body.addNewP(), STJc.RIGHT, 120, 0, 0, false,
          Run.italic("Mẫu số " + slip.type().formNumber() + " (" + SlipType.FORMS_SOURCE + ")"));
    }
    paragraph(body.addNewP(), STJc.CENTER, 360, slip.subtitle().isBlank() ? 240 : 0, 0, false,
        new Run(slip.type().heading(), true, false, false, 28));
    if (!slip.subtitle().isBlank()) {
      paragraph(body.addNewP(), STJc.CENTER, 0, 240, 0, false, Run.bold(slip.subtitle()));
    }
    for (SlipContent.Field field : slip.fields()) {
      field(field);
    }
    for (String text : slip.paragraphs()) {
      paragraph(body.addNewP(), STJc.BOTH, 120, 0, 567, false, Run.plain(text));
    }
    if (slip.table() != null && slip.table().columns() > 0) {
      paragraph(body.addNewP(), STJc.LEFT, 0, 0, 0, true);
      table(slip.table());
    }
    signature(slip);
    paragraph(body.addNewP(), STJc.LEFT, 0, 0, 0, false);
    CTSectPr section = body.addNewSectPr();
    section.addNewPgSz().setW(BigInteger.valueOf(PAGE_WIDTH));
    section.getPgSz().setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setHeader(BigInteger.valueOf(709));
    margins.setFooter(BigInteger.valueOf(709));
    margins.setGutter(BigInteger.ZERO);
  }

  /**
   * Two borderless rows as in the forms of Nghị định 30/2020: issuing body | national title and motto,
   * then dossier code | place and date.
   */
  private void header(SlipContent slip) {
    CTTbl table = borderlessTable(-HEADER_OUTDENT, LEFT_COLUMN, RIGHT_COLUMN);
    CTRow row = table.addNewTr();
    CTTc left = cell(row, LEFT_COLUMN, false);
    List<String> bodies = lines(slip.issuingBody());
    for (int i = 0; i < bodies.size(); i++) {
      boolean issuer = i == bodies.size() - 1;
      paragraph(left.addNewP(), STJc.CENTER, 0, 0, 0, false,
          new Run(bodies.get(i).toUpperCase(VIETNAMESE), issuer, false, false, HEADER));
    }
    if (bodies.isEmpty()) {
      paragraph(left.addNewP(), STJc.CENTER, 0, 0, 0, false);
    }
    CTTc right = cell(row, RIGHT_COLUMN, false);
    paragraph(right.addNewP(), STJc.CENTER, 0, 0, 0, false, new Run(NATION, true, false, false, HEADER));
    paragraph(right.addNewP(), STJc.CENTER, 0, 0, 0, false, new Run(MOTTO, true, false, true, BODY));
    if (!slip.dossierCode().isBlank() || !slip.placeAndDate().isBlank()) {
      CTRow second = table.addNewTr();
      CTTc codeCell = cell(second, LEFT_COLUMN, false);
      CTP code = codeCell.addNewP();
      if (slip.dossierCode().isBlank()) {
        paragraph(code, STJc.CENTER, 120, 0, 0, false);
      } else {
        paragraph(code, STJc.CENTER, 120, 0, 0, false,
            new Run("Mã hồ sơ: " + slip.dossierCode().strip(), false, false, false, HEADER));
        String number = slip.type().number(slip.dossierCode());
        if (!number.isEmpty()) {
          paragraph(codeCell.addNewP(), STJc.CENTER, 0, 0, 0, false, new Run("Số: " + number, false, false, false, HEADER));
        }
      }
      paragraph(cell(second, RIGHT_COLUMN, false).addNewP(), STJc.CENTER, 120, 0, 0, false, Run.italic(slip.placeAndDate()));
    }
  }

  private void field(SlipContent.Field field) {
    String label = field.label().strip();
    if (label.isEmpty()) {
      paragraph(body.addNewP(), STJc.BOTH, 60, 0, 0, false, Run.plain(field.value()));
      return;
    }
    String value = field.value().isBlank() ? DOTS : field.value();
    String separator = label.endsWith(":") ? " " : ": ";
    paragraph(body.addNewP(), STJc.BOTH, 60, 0, 0, false, Run.plain(label + separator), Run.plain(value));
  }

  private void table(SlipContent.Table content) {
    int columns = content.columns();
    int[] widths = columnWidths(content);
    CTTbl table = fixedTable(null, STBorder.SINGLE, 85, widths);
    if (!content.headers().isEmpty()) {
      CTRow row = table.addNewTr();
      row.addNewTrPr().addNewTblHeader();
      row.getTrPr().addNewCantSplit();
      for (int i = 0; i < columns; i++) {
        String text = i < content.headers().size() ? content.headers().get(i) : "";
        paragraph(cell(row, widths[i], true).addNewP(), STJc.CENTER, 40, 40, 0, false, Run.bold(text));
      }
    }
    for (List<String> cells : content.rows()) {
      CTRow row = table.addNewTr();
      row.addNewTrPr().addNewCantSplit();
      for (int i = 0; i < columns; i++) {
        String text = i < cells.size() ? cells.get(i) : "";
        paragraph(cell(row, widths[i], true).addNewP(), STJc.LEFT, 40, 40, 0, false, Run.plain(text));
      }
    }
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
    paragraph(body.addNewP(), STJc.LEFT, 0, 0, 0, true);
    CTRow row = borderlessTable(0, TEXT_WIDTH - half, half).addNewTr();
    row.addNewTrPr().addNewCantSplit();
    paragraph(cell(row, TEXT_WIDTH - half, false).addNewP(), STJc.LEFT, 0, 0, 0, false);
    CTTc signer = cell(row, half, false);
    for (String line : lines(slip.signatureTitle())) {
      paragraph(signer.addNewP(), STJc.CENTER, 0, 0, 0, true, Run.bold(line));
    }
    paragraph(signer.addNewP(), STJc.CENTER, 0, 0, 0, true,
        Run.italic(slip.digitallySigned() ? "(Đã ký số)" : "(Ký, ghi rõ họ tên)"));
    int room = slip.digitallySigned() ? 1 : 4;
    for (int i = 0; i < room; i++) {
      paragraph(signer.addNewP(), STJc.CENTER, 0, 0, 0, true);
    }
    paragraph(signer.addNewP(), STJc.CENTER, 0, 0, 0, false, Run.bold(slip.signerName().strip()));
  }

  /** A table without borders, {@code indent} twips from the left margin (negative: into it). */
  private CTTbl borderlessTable(int indent, int... widths) {
    return fixedTable(indent, STBorder.NIL, 0, widths);
  }

  /** A table of fixed column widths, its side cell margins and borders; {@code indent} null for none. */
  private CTTbl fixedTable(Integer indent, STBorder.Enum border, int cellMargin, int... widths) {
    CTTbl table = body.addNewTbl();
    CTTblPr properties = table.addNewTblPr();
    width(properties.addNewTblW(), Arrays.stream(widths).sum());
    if (indent != null) {
      width(properties.addNewTblInd(), indent);
    }
    borders(properties.addNewTblBorders(), border);
    properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
    CTTblCellMar margins = properties.addNewTblCellMar();
    width(margins.addNewLeft(), cellMargin);
    width(margins.addNewRight(), cellMargin);
    properties.addNewTblLook().setVal(new byte[] {0, 0});
    CTTblGrid grid = table.addNewTblGrid();
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    return table;
  }

  private static void borders(CTTblBorders borders, STBorder.Enum style) {
    for (var border : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
        borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV())) {
      border.setVal(style);
      if (style != STBorder.NIL) {
        border.setSz(BigInteger.valueOf(4));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
      }
    }
  }

  private static void width(CTTblWidth width, int twips) {
    width.setW(BigInteger.valueOf(twips));
    width.setType(STTblWidth.DXA);
  }

  private static CTTc cell(CTRow row, int width, boolean centredVertically) {
    CTTc cell = row.addNewTc();
    CTTcPr properties = cell.addNewTcPr();
    width(properties.addNewTcW(), width);
    if (centredVertically) {
      properties.addNewVAlign().setVal(STVerticalJc.CENTER);
    }
    return cell;
  }

  /**
   * One paragraph. Spacing in twentieths of a point; {@code firstLine} indent in twips; {@code keepNext}
   * keeps it on the page of the next one.
   */
  private static void paragraph(CTP paragraph, STJc.Enum align, int before, int after, int firstLine, boolean keepNext, Run... runs) {
    CTPPr properties = paragraph.addNewPPr();
    if (keepNext) {
      properties.addNewKeepNext();
    }
    CTSpacing spacing = properties.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    if (firstLine > 0) {
      properties.addNewInd().setFirstLine(BigInteger.valueOf(firstLine));
    }
    properties.addNewJc().setVal(align);
    for (Run run : runs) {
      run(paragraph, run);
    }
  }

  /** A run; "\n" becomes a line break and "\t" a tab. */
  private static void run(CTP paragraph, Run run) {
    String text = clean(run.text());
    if (text.isEmpty()) {
      return;
    }
    CTR r = paragraph.addNewR();
    CTRPr properties = r.addNewRPr();
    CTFonts fonts = properties.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    if (run.bold()) {
      properties.addNewB();
      properties.addNewBCs();
    }
    if (run.italic()) {
      properties.addNewI();
      properties.addNewICs();
    }
    properties.addNewSz().setVal(BigInteger.valueOf(run.size()));
    properties.addNewSzCs().setVal(BigInteger.valueOf(run.size()));
    if (run.underline()) {
      properties.addNewU().setVal(STUnderline.SINGLE);
    }
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        text(r, chunk);
        if (c == '\n') {
          r.addNewBr();
        } else {
          r.addNewTab();
        }
      } else {
        chunk.append(c);
      }
    }
    text(r, chunk);
  }

  private static void text(CTR run, StringBuilder chunk) {
    if (chunk.length() > 0) {
      CTText t = run.addNewT();
      t.setStringValue(chunk.toString());
      t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
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
}
