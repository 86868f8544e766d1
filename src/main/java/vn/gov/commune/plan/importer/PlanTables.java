package vn.gov.commune.plan.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of a plan document with its tables kept as tables: every table row becomes one line
 * {@code | cell | cell | … |} that {@link PlanTextParser} reads by its header words (STT, Nội dung nhiệm
 * vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm). The rest of the text is given
 * line by line as before.
 *
 * <ul>
 *   <li>DOCX and ODT: Tika's structured (XHTML) output, whose {@code <table>/<tr>/<td>} are the
 *       document's own table model; the paragraphs inside a cell are joined;
 *   <li>PDF has no table model: the words' positions are read with PDFBox, a table starts at a line
 *       whose pieces of text are column headers, its columns are where the header cells stand, and each
 *       later line's pieces go to the column they stand in. A row starts where the STT column has a
 *       number (or, without an STT column, after a wider vertical gap); a line spanning the table whose
 *       text is a group title ("I. HOÀN THIỆN THỂ CHẾ") is a group row; the table ends at a line of
 *       ordinary text across it.
 * </ul>
 *
 * Both return null when the document holds no task table, so that plain documents are read exactly
 * as the digitisation inspector reads them. Called only for files the inspector has accepted.
 */
final class PlanTables {

  /** What a table column holds, from its header text. */
  enum Column { NUMBER, CONTENT, LEAD, COORD, TIME, PRODUCT, NOTE, OTHER }

  private PlanTables() {}

  /** The column a header cell names ("Cơ quan chủ trì" → LEAD), folded matching. */
  static Column column(String header) {
    String f = PlanText.fold(header).replaceAll("\\s+", " ").strip();
    if (f.isEmpty()) {
      return Column.OTHER;
    }
    if (f.matches("^(stt|tt|so tt|so thu tu|s tt|so)\\.?$")) {
      return Column.NUMBER;
    }
    if (f.contains("phoi hop")) {
      return Column.COORD;
    }
    if (f.contains("chu tri") || f.matches(".*(don vi|co quan|bo phan) (thuc hien|phu trach|chiu trach nhiem).*")
        || f.matches("^(don vi|co quan|bo phan|trach nhiem|phan cong)$") || f.contains("chiu trach nhiem")) {
      return Column.LEAD;
    }
    if (f.matches(".*(thoi gian|thoi han|tien do|moc thoi gian|han hoan thanh).*")) {
      return Column.TIME;
    }
    if (f.matches(".*(san pham|ket qua).*")) {
      return Column.PRODUCT;
    }
    if (f.matches(".*(noi dung|nhiem vu|cong viec|hoat dong|giai phap).*")) {
      return Column.CONTENT;
    }
    if (f.contains("ghi chu")) {
      return Column.NOTE;
    }
    return Column.OTHER;
  }

  /** Whether the cells are the header of a task table: a content column and a lead or time column. */
  static boolean isHeader(List<String> cells) {
    boolean content = false;
    boolean leadOrTime = false;
    for (String cell : cells) {
      Column c = column(cell);
      content |= c == Column.CONTENT;
      leadOrTime |= c == Column.LEAD || c == Column.TIME;
    }
    return content && leadOrTime;
  }

  static String row(List<String> cells) {
    StringBuilder line = new StringBuilder("|");
    for (String cell : cells) {
      line.append(' ').append(cell.replace('|', '/').replaceAll("\\s+", " ").strip()).append(" |");
    }
    return line.toString();
  }

  /** Cell paragraphs joined: "Công an xã" + "Trạm Y tế xã" → "Công an xã; Trạm Y tế xã". */
  private static String joinCell(List<String> paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs) {
      String t = p.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (!out.isEmpty()) {
        boolean bullet = t.matches("^[-–•+*].*");
        out.append(out.toString().matches("(?s).*[.;:,]$") || bullet ? " " : "; ");
      }
      out.append(t);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- DOCX, ODT

  /** The text of a DOCX or ODT document with its tables as rows, or null without a task table. */
  static String document(byte[] content) {
    TableHandler handler = new TableHandler();
    try (InputStream in = new ByteArrayInputStream(content)) {
      new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
    } catch (Exception e) {
      return null; // the inspector read it: keep its text
    }
    return handler.sawTaskTable ? handler.out.toString() : null;
  }

  private static final class TableHandler extends DefaultHandler {
    final StringBuilder out = new StringBuilder();
    int tableDepth;
    StringBuilder paragraph = new StringBuilder();
    List<String> cellParagraphs;
    List<String> cells;
    boolean sawTaskTable;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      String name = localName.isEmpty() ? qName : localName;
      switch (name) {
        case "table" -> {
          flushParagraph();
          tableDepth++;
        }
        case "tr" -> {
          if (tableDepth == 1) {
            cells = new ArrayList<>();
          }
        }
        case "td", "th" -> {
          if (tableDepth == 1) {
            cellParagraphs = new ArrayList<>();
            paragraph = new StringBuilder();
          }
        }
        case "br" -> flushParagraph();
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String name = localName.isEmpty() ? qName : localName;
      switch (name) {
        case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "title" -> flushParagraph();
        case "td", "th" -> {
          if (tableDepth == 1 && cells != null) {
            flushParagraph();
            cells.add(joinCell(cellParagraphs));
            cellParagraphs = null;
          }
        }
        case "tr" -> {
          if (tableDepth == 1 && cells != null) {
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
              sawTaskTable |= isHeader(cells);
              out.append(row(cells)).append('\n');
            }
            cells = null;
          }
        }
        case "table" -> {
          flushParagraph();
          tableDepth--;
        }
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      paragraph.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      paragraph.append(ch, start, length);
    }

    private void flushParagraph() {
      String text = paragraph.toString().replace('\u00A0', ' ').strip();
      paragraph = new StringBuilder();
      if (cellParagraphs != null) {
        if (!text.isEmpty()) {
          cellParagraphs.add(text);
        }
      } else if (!text.isEmpty()) {
        out.append(text).append('\n');
      }
      if (out.length() > PlanDocumentReader.MAX_CHARS + 1) {
        throw new IllegalStateException("too long");
      }
    }
  }

  // ---------------------------------------------------------------- PDF

  /** A run of text on a line, with where it stands (PDF points, y downwards). */
  record Piece(String text, float x, float xEnd, float y, float height) {}

  /** The text of a PDF with its task tables as rows, or null without a task table. */
  static String pdf(byte[] content) {
    List<List<Piece>> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(content)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        List<Piece> page;

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
          page = new ArrayList<>();
          pages.add(page);
          super.startPage(p);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
          if (positions.isEmpty() || text.isBlank()) {
            return;
          }
          TextPosition first = positions.get(0);
          TextPosition last = positions.get(positions.size() - 1);
          page.add(new Piece(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
              first.getHeightDir()));
        }
      };
      stripper.setSortByPosition(true);
      try (Writer sink = new StringWriter()) {
        stripper.writeText(doc, sink);
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    List<List<Piece>> lines = new ArrayList<>();
    for (List<Piece> page : pages) {
      List<List<Piece>> pageLines = new ArrayList<>(lines(page));
      // a page number ("2", "- 2 -", "Trang 2") alone on the first or last line of a page
      pageLines.removeIf(l -> (l == pageLines.get(0) || l == pageLines.get(pageLines.size() - 1)) && l.size() == 1
          && PlanText.fold(l.get(0).text().strip()).matches("^(?:trang\\s*)?[-–]?\\s*\\d{1,3}\\s*[-–]?$"));
      lines.addAll(pageLines);
    }
    return new PdfTable(lines).text();
  }

  /** Pieces grouped into lines by their baseline, each line from left to right. */
  private static List<List<Piece>> lines(List<Piece> pieces) {
    List<Piece> sorted = new ArrayList<>(pieces);
    sorted.sort(Comparator.comparingDouble(Piece::y).thenComparingDouble(Piece::x));
    List<List<Piece>> lines = new ArrayList<>();
    List<Piece> current = null;
    float y = Float.NaN;
    for (Piece p : sorted) {
      if (current == null || Math.abs(p.y() - y) > Math.max(2f, p.height() * 0.4f)) {
        current = new ArrayList<>();
        lines.add(current);
        y = p.y();
      }
      current.add(p);
    }
    for (List<Piece> line : lines) {
      line.sort(Comparator.comparingDouble(Piece::x));
    }
    return lines;
  }

  private static final Pattern ROW_NUMBER =
      Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})*\\.?|[IVXLC]{1,5}\\.?|[A-ZĐ]\\.?|[a-zđ]\\)?)$");
  /** A line of a unit column that starts another unit ("Phòng Văn hóa - Xã hội" under "Phòng Kinh tế"). */
  private static final Pattern UNIT_LINE = Pattern.compile(
      "(?:Văn phòng|Phòng|Công an|Trạm|Trung tâm|Ban|Hội|Đoàn|Ủy ban|UBND|Các|Trường|Bưu điện|Viễn thông|Ngân hàng"
          + "|Chi nhánh|Hợp tác xã|Thôn|Đảng ủy|Mặt trận)\\b");
  private static final Pattern GROUP_TITLE = Pattern.compile("^(?:[IVXLC]{1,5}|[A-ZĐ]|\\d{1,2})[.)]\\s+\\S.*");

  /** Rebuilds the rows of the task tables of a PDF from the lines of its pages. */
  private static final class PdfTable {
    final List<List<Piece>> lines;
    final StringBuilder out = new StringBuilder();
    boolean found;
    float[] starts;
    /** Where each column's header text starts: the right edge of the column on its left is just before. */
    float[] lefts;
    Column[] columns;
    List<List<Piece>> row;
    float lastY;
    float rowGap;
    float right;

    PdfTable(List<List<Piece>> lines) {
      this.lines = lines;
      for (List<Piece> line : lines) {
        for (Piece p : line) {
          right = Math.max(right, p.xEnd());
        }
      }
    }

    String text() {
      for (int i = 0; i < lines.size(); i++) {
        List<Piece> line = lines.get(i);
        if (starts == null) {
          int used = header(i);
          if (used > 0) {
            found = true;
            i += used - 1;
            continue;
          }
          out.append(plain(line)).append('\n');
          continue;
        }
        int repeated = repeatedHeader(i);
        if (repeated > 0) { // the header repeated on a new page
          i += repeated - 1;
          continue;
        }
        if (!tableLine(line)) {
          endRow();
          starts = null;
          columns = null;
          out.append(plain(line)).append('\n');
          continue;
        }
        addToRow(line);
      }
      endRow();
      return found ? out.toString() : null;
    }

    private static String plain(List<Piece> line) {
      return String.join(" ", line.stream().map(Piece::text).toList());
    }

    /** The number of lines of a table header starting at line i (0 if none). */
    private int header(int i) {
      List<Piece> line = lines.get(i);
      if (line.size() < 3 || !isHeader(line.stream().map(Piece::text).toList())) {
        // a header whose cells wrap: try this line with the next one
        if (i + 1 >= lines.size() || line.size() < 2) {
          return 0;
        }
        List<Piece> both = new ArrayList<>(line);
        both.addAll(lines.get(i + 1));
        if (lines.get(i + 1).get(0).y() - line.get(0).y() > line.get(0).height() * 2.2f
            || !isHeader(merge(both).stream().map(Piece::text).toList())) {
          return 0;
        }
        setColumns(merge(both));
        return 2 + wrappedHeaderLines(i + 2);
      }
      List<Piece> merged = new ArrayList<>(line);
      int used = 1 + wrappedHeaderLines(i + 1);
      for (int k = i + 1; k < i + used; k++) {
        merged.addAll(lines.get(k));
      }
      setColumns(merge(merged));
      return used;
    }

    /** The number of lines of the table's header repeated at line i (a new page), 0 if none. */
    private int repeatedHeader(int i) {
      float[] keepStarts = starts;
      float[] keepLefts = lefts;
      Column[] keepColumns = columns;
      int length = out.length();
      List<List<Piece>> keepRow = row;
      row = null;
      int used = header(i);
      out.setLength(length);
      starts = keepStarts;
      lefts = keepLefts;
      columns = keepColumns;
      row = keepRow;
      return used;
    }

    /** Lines under a header line that only continue its cells ("Cơ quan" / "chủ trì"). */
    private int wrappedHeaderLines(int from) {
      int n = 0;
      for (int k = from; k < lines.size() && n < 3; k++) {
        List<Piece> next = lines.get(k);
        float gap = next.get(0).y() - lines.get(k - 1).get(0).y();
        boolean headerWords = next.stream().allMatch(p -> p.text().strip().length() <= 25
            && !ROW_NUMBER.matcher(p.text().strip()).matches());
        if (gap > next.get(0).height() * 2.2f || !headerWords) {
          break;
        }
        n++;
      }
      return n;
    }

    /** Header pieces of several lines that overlap horizontally are one column. */
    private static List<Piece> merge(List<Piece> pieces) {
      List<Piece> sorted = new ArrayList<>(pieces);
      sorted.sort(Comparator.comparingDouble(Piece::y));
      List<Piece> columns = new ArrayList<>();
      for (Piece p : sorted) {
        int hit = -1;
        for (int c = 0; c < columns.size(); c++) {
          Piece col = columns.get(c);
          if (p.x() < col.xEnd() && p.xEnd() > col.x()) {
            hit = c;
          }
        }
        if (hit < 0) {
          columns.add(p);
        } else {
          Piece col = columns.get(hit);
          columns.set(hit, new Piece(col.text() + " " + p.text(), Math.min(col.x(), p.x()), Math.max(col.xEnd(), p.xEnd()),
              col.y(), col.height()));
        }
      }
      columns.sort(Comparator.comparingDouble(Piece::x));
      return columns;
    }

    private void setColumns(List<Piece> header) {
      endRow();
      starts = new float[header.size()];
      lefts = new float[header.size()];
      columns = new Column[header.size()];
      List<String> texts = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        // a cell's text starts after the end of the header of the column on its left
        starts[c] = c == 0 ? Float.NEGATIVE_INFINITY : header.get(c - 1).xEnd() + 1f;
        columns[c] = column(header.get(c).text());
        lefts[c] = header.get(c).x();
        texts.add(header.get(c).text());
      }
      out.append(row(texts)).append('\n');
      row = null;
      rowGap = 0;
    }

    private int columnOf(Piece p) {
      int c = 0;
      while (c + 1 < starts.length && p.x() + 0.5f >= starts[c + 1]) {
        c++;
      }
      return c;
    }

    /** Whether a line belongs to the table: not a line of ordinary text across its columns. */
    private boolean tableLine(List<Piece> line) {
      String all = plain(line).strip();
      String f = PlanText.fold(all);
      if (f.startsWith("noi nhan") || f.startsWith("tren day la")) {
        return false;
      }
      if (line.size() == 1 && starts.length >= 3) {
        Piece p = line.get(0);
        int from = columnOf(p);
        int to = from;
        while (to + 1 < starts.length && p.xEnd() > starts[to + 1] + 2f) {
          to++;
        }
        if (to - from >= 2) {
          return isGroupTitle(all); // spans the table: a group row, or the text after the table
        }
      }
      return true;
    }

    private static boolean isGroupTitle(String text) {
      String letters = text.replaceAll("[^\\p{L}]", "");
      boolean upper = letters.length() >= 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
      return upper || GROUP_TITLE.matcher(text).matches();
    }

    private void addToRow(List<Piece> line) {
      float y = line.get(0).y();
      boolean spanning = line.size() == 1 && starts.length >= 3 && line.get(0).xEnd() > starts[Math.min(2, starts.length - 1)] + 2f
          && isGroupTitle(line.get(0).text().strip());
      int numberColumn = indexOf(Column.NUMBER);
      boolean newRow;
      if (row == null || spanning) {
        newRow = true;
      } else if (numberColumn >= 0) {
        newRow = line.stream().anyMatch(p -> columnOf(p) == numberColumn && ROW_NUMBER.matcher(p.text().strip()).matches());
      } else {
        float gap = y - lastY;
        newRow = rowGap > 0 && gap > rowGap * 1.35f;
        rowGap = rowGap == 0 ? gap : Math.min(rowGap, gap);
      }
      if (newRow) {
        endRow();
        row = new ArrayList<>();
        for (int c = 0; c < starts.length; c++) {
          row.add(new ArrayList<>());
        }
      }
      lastY = y;
      if (spanning) {
        row.get(0).add(line.get(0));
        endRow(); // a group row stands alone
        return;
      }
      Piece[] parts = new Piece[starts.length];
      for (Piece p : line) {
        int c = columnOf(p);
        Piece b = parts[c];
        parts[c] = b == null ? new Piece(p.text().strip(), p.x(), p.xEnd(), p.y(), p.height())
            : new Piece(b.text() + " " + p.text().strip(), b.x(), p.xEnd(), b.y(), b.height());
      }
      for (int c = 0; c < starts.length; c++) {
        if (parts[c] != null) {
          row.get(c).add(parts[c]);
        }
      }
    }

    private int indexOf(Column column) {
      for (int c = 0; c < columns.length; c++) {
        if (columns[c] == column) {
          return c;
        }
      }
      return -1;
    }

    private void endRow() {
      if (row == null) {
        return;
      }
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        boolean units = columns != null && c < columns.length && (columns[c] == Column.LEAD || columns[c] == Column.COORD);
        cells.add(cellText(row.get(c), c + 1 < starts.length ? lefts[c + 1] - 3f : right, units));
      }
      if (cells.stream().anyMatch(s -> !s.isBlank())) {
        // a spanning group row: one cell
        out.append(row(cells.stream().filter(s -> !s.isBlank()).count() == 1 && !cells.get(0).isBlank() && cells.size() > 2
            && isGroupTitle(cells.get(0)) ? List.of(cells.get(0)) : cells)).append('\n');
      }
      row = null;
    }

    /**
     * The lines of one cell as its paragraphs: a line ends its paragraph when the next line's first
     * word would have fitted after it (wrapped text fills the column; a paragraph's last line does
     * not). Paragraphs are joined as in a DOCX cell.
     */
    private static String cellText(List<Piece> cellLines, float right, boolean units) {
      List<String> paragraphs = new ArrayList<>();
      StringBuilder b = new StringBuilder();
      Piece prev = null;
      for (Piece l : cellLines) {
        if (prev != null) {
          String firstWord = l.text().strip().split("\\s+")[0];
          float charWidth = (prev.xEnd() - prev.x()) / Math.max(1, prev.text().length());
          // wrapped text left less room than the next word needs; a paragraph's end leaves clearly more
          boolean fits = right - prev.xEnd() > (firstWord.length() + 1) * charWidth * 1.5f + 3f;
          boolean bullet = l.text().strip().matches("^[-–•+*]\\s.*");
          String before = b.toString();
          boolean nextUnit = units && UNIT_LINE.matcher(l.text().strip()).lookingAt()
              && !before.matches("(?s).*(?:[,\\-–]|\\svà|\\svới)$");
          if (fits || bullet || nextUnit) {
            paragraphs.add(b.toString());
            b = new StringBuilder();
          } else if (!(b.toString().endsWith("-") && !b.toString().endsWith(" -"))) {
            b.append(' ');
          }
        }
        b.append(l.text().strip());
        prev = l;
      }
      paragraphs.add(b.toString());
      return joinCell(paragraphs);
    }

  }
}
