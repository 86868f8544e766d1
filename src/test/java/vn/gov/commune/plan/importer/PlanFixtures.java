package vn.gov.commune.plan.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a plan source (plain lines; a run of lines "| a | b |" is a table, a row with one cell is a
 * group row across the table, " // " inside a cell separates its paragraphs) as a DOCX with real
 * tables (POI) and as a PDF laid out like a word processor's export (PDFBox, DejaVu Sans): text
 * wrapped to the page, tables as columns of wrapped text with ruled cells, the header repeated on a
 * new page.
 */
final class PlanFixtures {

  private PlanFixtures() {}

  static List<List<String>> blocks(String source) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    boolean table = false;
    for (String line : source.split("\n")) {
      boolean row = line.startsWith("|");
      if (current == null || row != table) {
        current = new ArrayList<>();
        blocks.add(current);
        table = row;
      }
      current.add(line);
    }
    return blocks;
  }

  static List<String> cells(String row) {
    String t = row.strip();
    t = t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length());
    return Arrays.stream(t.split("\\|", -1)).map(String::strip).toList();
  }

  // ---------------------------------------------------------------- DOCX

  static byte[] docx(String source) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (List<String> block : blocks(source)) {
        if (!block.get(0).startsWith("|")) {
          for (String line : block) {
            doc.createParagraph().createRun().setText(line);
          }
          continue;
        }
        int columns = cells(block.get(0)).size();
        XWPFTable table = doc.createTable(block.size(), columns);
        for (int r = 0; r < block.size(); r++) {
          List<String> cells = cells(block.get(r));
          XWPFTableRow row = table.getRow(r);
          if (cells.size() == 1 && columns > 1) {
            while (row.getTableCells().size() > 1) {
              row.removeCell(1);
            }
            row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
          }
          for (int c = 0; c < cells.size() && c < row.getTableCells().size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            String[] paragraphs = cells.get(c).split(" // ");
            cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
            for (int p = 1; p < paragraphs.length; p++) {
              cell.addParagraph().createRun().setText(paragraphs[p]);
            }
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- PDF

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;

  private static final class Writer {
    final PDDocument doc;
    final PDType0Font font;
    PDPageContentStream content;
    float y;

    Writer(PDDocument doc, PDType0Font font) {
      this.doc = doc;
      this.font = font;
    }

    void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      content = new PDPageContentStream(doc, page);
      y = TOP;
    }

    void text(float x, float baseline, float size, String text) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    }

    List<String> wrap(String text, float size, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String paragraph : text.split(" // ")) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
          String candidate = line.isEmpty() ? word : line + " " + word;
          if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
            lines.add(line.toString());
            line = new StringBuilder(word);
          } else {
            line = new StringBuilder(candidate);
          }
        }
        lines.add(line.toString());
      }
      return lines;
    }
  }

  static byte[] pdf(String source) {
    try (InputStream fontIn = PlanFixtures.class.getResourceAsStream("/fonts/DejaVuSans.ttf");
        PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Writer w = new Writer(doc, PDType0Font.load(doc, fontIn));
      w.newPage();
      for (List<String> block : blocks(source)) {
        if (block.get(0).startsWith("|")) {
          table(w, block);
          continue;
        }
        for (String line : block) {
          for (String wrapped : w.wrap(line, 11, WIDTH)) {
            if (w.y - 15 < MARGIN) {
              w.newPage();
            }
            w.y -= 15;
            w.text(MARGIN, w.y, 11, wrapped);
          }
        }
      }
      w.content.close();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Column widths by what the header says: narrow number, wide content. */
  private static float[] widths(List<String> header) {
    float[] weights = new float[header.size()];
    for (int c = 0; c < header.size(); c++) {
      weights[c] = switch (PlanTables.column(header.get(c))) {
        case NUMBER -> 0.6f;
        case CONTENT -> 4f;
        case LEAD, COORD -> 1.8f;
        case TIME -> 1.5f;
        default -> 1.7f;
      };
    }
    float sum = 0;
    for (float weight : weights) {
      sum += weight;
    }
    for (int c = 0; c < weights.length; c++) {
      weights[c] = weights[c] / sum * WIDTH;
    }
    return weights;
  }

  private static void table(Writer w, List<String> block) throws IOException {
    float size = 9;
    float leading = 11;
    List<String> header = cells(block.get(0));
    float[] widths = widths(header);
    for (int r = 0; r < block.size(); r++) {
      List<String> cells = cells(block.get(r));
      boolean spanning = cells.size() == 1 && header.size() > 1;
      List<List<String>> wrapped = new ArrayList<>();
      int lines = 1;
      for (int c = 0; c < cells.size(); c++) {
        List<String> l = w.wrap(cells.get(c), size, (spanning ? WIDTH : widths[c]) - 6);
        wrapped.add(l);
        lines = Math.max(lines, l.size());
      }
      float height = lines * leading + 6;
      if (w.y - height < MARGIN) {
        w.newPage();
        if (r > 0) {
          List<List<String>> head = new ArrayList<>();
          for (int c = 0; c < header.size(); c++) {
            head.add(w.wrap(header.get(c), size, widths[c] - 6));
          }
          drawRow(w, head, widths, false, size, leading);
        }
      }
      drawRow(w, wrapped, widths, spanning, size, leading);
    }
    w.y -= 8;
  }

  private static void drawRow(Writer w, List<List<String>> wrapped, float[] widths, boolean spanning, float size, float leading)
      throws IOException {
    int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
    float height = lines * leading + 6;
    float x = MARGIN;
    for (int c = 0; c < wrapped.size(); c++) {
      float width = spanning ? WIDTH : widths[c];
      float baseline = w.y - 3 - size;
      for (String line : wrapped.get(c)) {
        w.text(x + 3, baseline, size, line);
        baseline -= leading;
      }
      w.content.addRect(x, w.y - height, width, height);
      w.content.stroke();
      x += width;
    }
    w.y -= height;
  }
}
