package vn.gov.commune.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.springframework.stereotype.Component;
import vn.gov.commune.documents.SlipContent.Field;

/**
 * Renders a {@link ResultPaper} as an A4 PDF/A-2b document (XMP identification, sRGB output intent,
 * DejaVu Sans embedded so that Vietnamese prints the same everywhere) with PDFBox. The PDF is not
 * signed yet: {@link PdfSignatures#sign} does that.
 */
@Component
public class PdfRenderer {

  public static final String MEDIA_TYPE = "application/pdf";
  static final String PRODUCER = "Commune Workflow";

  private static final float MARGIN_LEFT = 70;
  private static final float MARGIN_RIGHT = 50;
  private static final float MARGIN_TOP = 50;
  private static final float MARGIN_BOTTOM = 50;

  private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");

  /**
   * Parsed fonts, kept for the next document: parsing the two TrueType files was about a third of
   * rendering a result. A parsed font reads its tables lazily and serves one document at a time, so
   * a render takes a pair from here (or parses one) and puts it back once the document is saved.
   */
  private final ConcurrentLinkedQueue<Fonts> idle = new ConcurrentLinkedQueue<>();

  private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {}

  /**
   * One XMP serializer per thread: making one looks up and builds an XML transformer factory and a
   * document builder, which cost more than serializing the few fields of a result; neither is
   * thread-safe, so each thread keeps its own.
   */
  private static final ThreadLocal<XmpSerializer> XMP_SERIALIZER = ThreadLocal.withInitial(XmpSerializer::new);

  /**
   * A rendered result: the PDF, its pages and the text printed on them, a line of the page each
   * (what a text extractor reads from it, known without parsing the PDF again).
   */
  public record Rendered(byte[] pdf, int pages, String text) {}

  public Rendered render(ResultPaper paper, Calendar created) {
    Objects.requireNonNull(paper, "paper");
    Fonts fonts = borrowFonts();
    try (PDDocument document = new PDDocument()) {
      // embedded as subsets of the glyphs used, as before; the parsed font itself stays open for reuse
      PDFont regular = PDType0Font.load(document, fonts.regular(), true);
      PDFont bold = PDType0Font.load(document, fonts.bold(), true);
      Layout layout = new Layout(document, regular, bold);
      layout.write(paper);
      describe(document, paper, created);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64_000);
      document.save(out);
      idle.add(fonts);
      return new Rendered(out.toByteArray(), document.getNumberOfPages(), layout.printed.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Fonts borrowFonts() {
    Fonts fonts = idle.poll();
    if (fonts != null) {
      return fonts;
    }
    try {
      return new Fonts(
          new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)), new TTFParser().parse(new RandomAccessReadBuffer(BOLD)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("font missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Document information and the same in XMP, PDF/A-2b identification, sRGB output intent, language. */
  private static void describe(PDDocument document, ResultPaper paper, Calendar created) throws IOException {
    String title = (paper.title() + " " + paper.number()).strip();
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(paper.issuingBody().replace('\n', ' '));
    info.setProducer(PRODUCER);
    info.setCreator(PRODUCER);
    Calendar at = (Calendar) created.clone();
    at.setTimeZone(TimeZone.getTimeZone("UTC"));
    info.setCreationDate(at);
    info.setModificationDate(at);

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addCreator(paper.issuingBody().replace('\n', ' '));
    dc.addLanguage("vi-VN");
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(PRODUCER);
    basic.setCreateDate(at);
    basic.setModifyDate(at);
    PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
    try {
      pdfa.setPart(2);
      pdfa.setConformance("B");
    } catch (org.apache.xmpbox.type.BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMP_SERIALIZER.get().serialize(xmp, bytes, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException(e);
    }
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(bytes.toByteArray());
    catalog.setMetadata(metadata);
    catalog.setLanguage("vi-VN");
    PDOutputIntent intent =
        new PDOutputIntent(document, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
  }

  /** Writes lines top down, starting a new page when one is full. */
  private static final class Layout {
    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final float width = PDRectangle.A4.getWidth();
    private final float height = PDRectangle.A4.getHeight();
    private PDPageContentStream stream;
    private float y;
    /** Every line shown, in the order written. */
    final StringBuilder printed = new StringBuilder();

    Layout(PDDocument document, PDFont regular, PDFont bold) {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
    }

    void write(ResultPaper paper) throws IOException {
      newPage();
      float columnLeft = MARGIN_LEFT - 20;
      float leftWidth = 220;
      float rightX = columnLeft + leftWidth + 10;
      float rightWidth = width - MARGIN_RIGHT - rightX;
      float top = y;
      float leftEnd = top;
      for (String line : paper.issuingBody().split("\n")) {
        leftEnd = centered(line, bold, 10.5f, columnLeft, leftWidth, leftEnd);
      }
      leftEnd = centered("Số: " + paper.number(), regular, 10, columnLeft, leftWidth, leftEnd - 4);
      float rightEnd = centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 10.5f, rightX, rightWidth, top);
      rightEnd = centered("Độc lập - Tự do - Hạnh phúc", bold, 11, rightX, rightWidth, rightEnd);
      rightEnd = centered(paper.placeAndDate(), regular, 10, rightX, rightWidth, rightEnd - 6);
      y = Math.min(leftEnd, rightEnd) - 24;
      float textWidth = width - MARGIN_LEFT - MARGIN_RIGHT;
      y = centered(paper.title(), bold, 14, MARGIN_LEFT, textWidth, y);
      if (!paper.subtitle().isBlank()) {
        y = centered(paper.subtitle(), bold, 11, MARGIN_LEFT, textWidth, y - 2);
      }
      y -= 14;
      for (Field field : paper.fields()) {
        y = paragraph(field.label() + ": " + field.value(), regular, 11.5f, MARGIN_LEFT, textWidth, y);
      }
      y -= 4;
      for (String text : paper.paragraphs()) {
        for (String line : text.split("\n")) {
          y = paragraph(line, regular, 11.5f, MARGIN_LEFT, textWidth, y) - 3;
        }
      }
      y -= 20;
      float signX = width / 2;
      float signWidth = width - MARGIN_RIGHT - signX;
      if (y < MARGIN_BOTTOM + 120) {
        newPage();
      }
      for (String line : paper.signatureTitle().split("\n")) {
        y = centered(line, bold, 11, signX, signWidth, y);
      }
      if (!paper.signerPosition().isBlank()) {
        y = centered(paper.signerPosition(), bold, 11, signX, signWidth, y);
      }
      y = centered("(Đã ký số)", regular, 10, signX, signWidth, y - 14);
      y = centered(paper.signerName(), bold, 11.5f, signX, signWidth, y - 14);
      if (!paper.footer().isBlank()) {
        y = Math.min(y - 30, MARGIN_BOTTOM + 40);
        paragraph(paper.footer(), regular, 8.5f, MARGIN_LEFT, width - MARGIN_LEFT - MARGIN_RIGHT, y);
      }
      stream.close();
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      stream.setNonStrokingColor(0f, 0f, 0f);
      y = height - MARGIN_TOP;
    }

    private float centered(String text, PDFont font, float size, float x, float boxWidth, float top) throws IOException {
      float at = top;
      for (String line : wrap(text, font, size, boxWidth)) {
        float lineWidth = font.getStringWidth(line) / 1000 * size;
        at = show(line, font, size, x + (boxWidth - lineWidth) / 2, at);
      }
      return at;
    }

    private float paragraph(String text, PDFont font, float size, float x, float boxWidth, float top) throws IOException {
      float at = top;
      for (String line : wrap(text, font, size, boxWidth)) {
        at = show(line, font, size, x, at);
      }
      return at;
    }

    private float show(String line, PDFont font, float size, float x, float top) throws IOException {
      float leading = size * 1.45f;
      if (top - leading < MARGIN_BOTTOM) {
        newPage();
        top = y;
      }
      float baseline = top - size;
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(line);
      stream.endText();
      printed.append(line).append('\n');
      return top - leading;
    }

    /** Characters the embedded font has no glyph for (an untrusted name in another script) print as "?". */
    private static String printable(String text, PDFont font) {
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints().forEach(cp -> {
        String c = new String(Character.toChars(cp));
        try {
          font.encode(c);
          out.append(c);
        } catch (IOException | IllegalArgumentException e) {
          out.append('?');
        }
      });
      return out.toString();
    }

    private static List<String> wrap(String text, PDFont font, float size, float boxWidth) throws IOException {
      List<String> lines = new ArrayList<>();
      String clean = printable(WordDocument.clean(text).replace('\t', ' ').replace('\n', ' '), font);
      if (clean.isBlank()) {
        return lines;
      }
      StringBuilder line = new StringBuilder();
      for (String word : clean.split(" +")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > boxWidth) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }
  }
}
