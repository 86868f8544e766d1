package vn.gov.commune.report;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import vn.gov.commune.dossier.DossierFigures;

/**
 * The XLSX workbook of the dossier report, laid out as the monthly report on TTHC handling: one sheet
 * per commune, a title with the period, one row per procedure and a total row. Same figures as the
 * JSON ({@link DossierReport}).
 */
final class ReportWorkbook {

  /** The column headers, in order (Vietnamese, as the province's forms). */
  static final List<String> HEADERS = List.of(
      "STT",
      "Mã thủ tục",
      "Tên thủ tục hành chính",
      "Số hồ sơ tiếp nhận",
      "Trong đó: trực tuyến",
      "Số hồ sơ đã giải quyết",
      "Giải quyết đúng hạn",
      "Giải quyết quá hạn",
      "Đang giải quyết",
      "Đang giải quyết: sắp đến hạn",
      "Đang giải quyết: quá hạn",
      "Dừng xử lý, rút hồ sơ",
      "Tỷ lệ đúng hạn",
      "Tỷ lệ hồ sơ trực tuyến",
      "Tỷ lệ hồ sơ trực tuyến toàn trình",
      "Tỷ lệ trả kết quả điện tử",
      "Tỷ lệ tái sử dụng dữ liệu",
      "Số lượt đánh giá",
      "Mức hài lòng bình quân (1–3)");

  /** Row index (0-based) of the header row; procedures follow it. */
  static final int HEADER_ROW = 4;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private ReportWorkbook() {}

  /**
   * @param sheets commune id → name, one sheet each, in order
   */
  static byte[] write(Map<String, String> sheets, List<DossierFigures.ProcedureCounts> rows, LocalDate from, LocalDate to, Instant asOf, ZoneId zone) {
    // streamed (a province's hundred sheets took about 150 ms through the XML objects of XSSFWorkbook):
    // rows written as XML as they are filled, kept in memory per sheet, strings inline, zipped fast
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, SXSSFWorkbook.DEFAULT_WINDOW_SIZE, false, false) {
      @Override
      protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetInMemory(new ByteArrayOutputStream());
      }

      @Override
      protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
      }
    };
    // never closed: closing disposes of the sheets' temporary files, which SheetInMemory has none of;
    // the workbook holds no file or stream once written
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      Set<String> names = new HashSet<>();
      Map<String, List<DossierFigures.ProcedureCounts>> byCommune = new HashMap<>();
      rows.forEach(r -> byCommune.computeIfAbsent(r.communeId(), k -> new ArrayList<>()).add(r));
      for (Map.Entry<String, String> commune : sheets.entrySet()) {
        Sheet sheet = workbook.createSheet(sheetName(commune.getValue(), commune.getKey(), names));
        fill(sheet, styles, commune.getValue(), byCommune.getOrDefault(commune.getKey(), List.of()), from, to, asOf, zone);
      }
      if (sheets.isEmpty()) {
        fill(workbook.createSheet("Báo cáo"), styles, "Không có xã/phường", List.of(), from, to, asOf, zone);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sheet's rows kept in memory until the workbook is written, instead of in a temporary file of
   * their own (a report has a few dozen rows per sheet, a province a hundred sheets). It has no file:
   * the workbook must not be disposed of (nor closed, which disposes).
   */
  private static final class SheetInMemory extends SheetDataWriter {
    private final ByteArrayOutputStream rows;

    SheetInMemory(ByteArrayOutputStream rows) throws IOException {
      super(new BufferedWriter(new OutputStreamWriter(rows, StandardCharsets.UTF_8)));
      this.rows = rows;
    }

    @Override
    public InputStream getWorksheetXMLInputStream() {
      // the workbook closed (and so flushed) the writer before it asks for the rows
      return new ByteArrayInputStream(rows.toByteArray());
    }
  }

  private static void fill(Sheet sheet, Styles styles, String communeName, List<DossierFigures.ProcedureCounts> rows,
      LocalDate from, LocalDate to, Instant asOf, ZoneId zone) {
    text(sheet.createRow(0), 0, "BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
    text(sheet.createRow(1), 0, "Đơn vị: " + communeName, styles.plain);
    text(sheet.createRow(2), 0, "Kỳ báo cáo: từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to)
        + "; hồ sơ đang giải quyết tính đến " + MOMENT.format(asOf.atZone(zone)), styles.plain);
    Row header = sheet.createRow(HEADER_ROW);
    header.setHeightInPoints(45);
    for (int i = 0; i < HEADERS.size(); i++) {
      text(header, i, HEADERS.get(i), styles.header);
    }
    int r = HEADER_ROW + 1;
    int number = 1;
    for (DossierFigures.ProcedureCounts row : rows) {
      Row line = sheet.createRow(r++);
      number(line, 0, number++, styles.number);
      text(line, 1, row.procedureCode(), styles.cell);
      text(line, 2, row.procedureName(), styles.cell);
      counts(line, row.counts(), styles);
    }
    Row total = sheet.createRow(r);
    text(total, 0, "", styles.totalText);
    text(total, 1, "", styles.totalText);
    text(total, 2, "Tổng cộng", styles.totalText);
    counts(total, DossierFigures.total(rows), styles);
    sheet.setColumnWidth(0, 6 * 256);
    sheet.setColumnWidth(1, 14 * 256);
    sheet.setColumnWidth(2, 50 * 256);
    for (int i = 3; i < HEADERS.size(); i++) {
      sheet.setColumnWidth(i, 14 * 256);
    }
    sheet.createFreezePane(3, HEADER_ROW + 1);
  }

  private static void counts(Row line, DossierFigures.Counts c, Styles styles) {
    long[] numbers = {c.received, c.receivedOnline, c.finished, c.finishedOnTime, c.finishedLate(), c.inProgress, c.nearDue, c.overdue, c.stopped};
    int col = 3;
    for (long n : numbers) {
      number(line, col++, n, styles.number);
    }
    for (Double share : new Double[] {c.onTimeShare(), c.onlineShare(), c.fullyOnlineShare(), c.electronicResultShare(), c.reuseShare()}) {
      share(line, col++, share, styles);
    }
    number(line, col++, c.ratings, styles.number);
    Double average = c.averageRating();
    if (average == null) {
      text(line, col, "", styles.cell);
    } else {
      Cell cell = line.createCell(col);
      cell.setCellValue(average);
      cell.setCellStyle(styles.decimal);
    }
  }

  private static void share(Row line, int col, Double share, Styles styles) {
    if (share == null) {
      text(line, col, "", styles.cell);
    } else {
      Cell cell = line.createCell(col);
      cell.setCellValue(share);
      cell.setCellStyle(styles.percent);
    }
  }

  private static void text(Row row, int col, String value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void number(Row row, int col, long value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** A valid, unique sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  static String sheetName(String name, String id, Set<String> used) {
    String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? id : name, '-');
    String candidate = base;
    for (int i = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
      String suffix = " (" + i + ")";
      candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return candidate;
  }

  private static final class Styles {
    final CellStyle title;
    final CellStyle plain;
    final CellStyle header;
    final CellStyle cell;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle totalText;

    Styles(Workbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      title = workbook.createCellStyle();
      title.setFont(bold);
      title.setAlignment(HorizontalAlignment.CENTER);
      plain = workbook.createCellStyle();
      header = bordered(workbook);
      header.setFont(bold);
      header.setWrapText(true);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      cell = bordered(workbook);
      number = bordered(workbook);
      number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      percent = bordered(workbook);
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      decimal = bordered(workbook);
      decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      totalText = bordered(workbook);
      totalText.setFont(bold);
    }

    private static CellStyle bordered(Workbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
