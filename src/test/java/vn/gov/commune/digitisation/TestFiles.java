package vn.gov.commune.digitisation;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Real files made by the tests: PDFs with Vietnamese text (DejaVu Sans), DOCX, PNG scans, a zip bomb … */
public final class TestFiles {

  static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private TestFiles() {}

  /** A PDF with a text layer; each element of {@code pages} is one page, lines separated by \n. */
  public static byte[] pdf(String... pages) {
    return pdf(null, pages);
  }

  public static byte[] pdf(StandardProtectionPolicy protection, String... pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font = PDType0Font.load(doc, FONT);
      for (String page : pages) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        try (PDPageContentStream content = new PDPageContentStream(doc, p)) {
          content.beginText();
          content.setFont(font, 13);
          content.setLeading(18);
          content.newLineAtOffset(60, 780);
          for (String line : page.split("\n")) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      if (protection != null) {
        doc.protect(protection);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF carrying {@code inner} as an attached file (the way documents nest inside documents). */
  public static byte[] pdfWithAttachment(String text, byte[] inner) {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(text)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile embedded =
          new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(inner));
      embedded.setSubtype("application/pdf");
      embedded.setSize(inner.length);
      org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification spec =
          new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
      spec.setFile("dinh-kem.pdf");
      spec.setEmbeddedFile(embedded);
      org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode tree = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
      tree.setNames(java.util.Map.of("dinh-kem.pdf", spec));
      org.apache.pdfbox.pdmodel.PDDocumentNameDictionary names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] encryptedPdf(String text) {
    StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "mat-khau-nguoi-dung", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    return pdf(policy, text);
  }

  /** A PDF whose only page is an image of the text (a scan, no text layer). */
  public static byte[] imageOnlyPdf(String text) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      BufferedImage image = textImage(text, 2480, 600, 64);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        float width = PDRectangle.A4.getWidth();
        float height = width * image.getHeight() / image.getWidth();
        content.drawImage(xobject, 0, PDRectangle.A4.getHeight() - height - 40, width, height);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] docx(String... paragraphs) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String text : paragraphs) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PNG "scan" of Vietnamese text, large enough for OCR. */
  public static byte[] png(String text) {
    return png(textImage(text, 1600, 400, 40));
  }

  public static byte[] png(BufferedImage image) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage textImage(String text, int width, int height, int size) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(Font.createFont(Font.TRUETYPE_FONT, FONT).deriveFont((float) size));
      int y = size * 2;
      for (String line : text.split("\n")) {
        g.drawString(line, size, y);
        y += (int) (size * 1.6);
      }
    } catch (java.awt.FontFormatException | IOException e) {
      throw new IllegalStateException(e);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** A DOCX-like zip whose word/document.xml inflates to {@code megabytes} MB of one repeated character. */
  public static byte[] zipBomb(int megabytes) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      put(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          </Types>""");
      put(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
          </Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1024 * 1024];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < megabytes; i++) {
        zip.write(block);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * A decompression bomb: a one-page PDF whose page content, {@code inflatedBytes} of drawing
   * operators, is Flate-compressed about a thousandfold (400 MB make a file of some 400 KB).
   */
  public static byte[] pdfBomb(long inflatedBytes) {
    return pdfBomb(inflatedBytes, 1);
  }

  /** {@code pages} pages of {@code inflatedBytesPerPage} bytes of drawing operators each. */
  public static byte[] pdfBomb(long inflatedBytesPerPage, int pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ByteArrayOutputStream compressed = new ByteArrayOutputStream();
      try (java.util.zip.DeflaterOutputStream deflate = new java.util.zip.DeflaterOutputStream(compressed)) {
        byte[] chunk = "1 0 0 1 0 0 cm\n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        for (long written = 0; written < inflatedBytesPerPage; written += chunk.length) {
          deflate.write(chunk);
        }
      }
      for (int i = 0; i < pages; i++) {
        org.apache.pdfbox.cos.COSStream content = doc.getDocument().createCOSStream();
        try (java.io.OutputStream raw = content.createRawOutputStream()) {
          raw.write(compressed.toByteArray());
        }
        content.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
        PDPage page = new PDPage(PDRectangle.A4);
        page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, content);
        doc.addPage(page);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF with text that runs {@code script} when opened. */
  public static byte[] pdfOpeningWithJavaScript(String text, String script) {
    return withCatalog(text, (doc, catalog) -> catalog.setOpenAction(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript(script)));
  }

  /** A PDF with text that starts {@code program} when opened (a Launch action). */
  public static byte[] pdfLaunching(String text, String program) {
    return withCatalog(text, (doc, catalog) -> {
      org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch launch = new org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch();
      launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString(program)));
      catalog.setOpenAction(launch);
    });
  }

  /** A PDF with text and a link annotation whose action is {@code action} (JavaScript, or a harmless URI). */
  public static byte[] pdfWithLink(String text, org.apache.pdfbox.pdmodel.interactive.action.PDAction action) {
    return withCatalog(text, (doc, catalog) -> {
      org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
      link.setRectangle(new PDRectangle(60, 700, 200, 20));
      link.setAction(action);
      doc.getPage(0).getAnnotations().add(link);
    });
  }

  /** A PDF with text and a form field that runs {@code script} when its value changes (AcroForm additional action). */
  public static byte[] pdfWithScriptedField(String text, String script) {
    return withCatalog(text, (doc, catalog) -> {
      org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm form = new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(doc);
      catalog.setAcroForm(form);
      org.apache.pdfbox.pdmodel.interactive.form.PDTextField field = new org.apache.pdfbox.pdmodel.interactive.form.PDTextField(form);
      field.setPartialName("ho_ten");
      org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions actions =
          new org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions();
      actions.setV(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript(script));
      field.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.AA, actions);
      org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(60, 650, 200, 20));
      widget.setPage(doc.getPage(0));
      doc.getPage(0).getAnnotations().add(widget);
      form.getFields().add(field);
    });
  }

  private interface CatalogChange {
    void apply(PDDocument doc, org.apache.pdfbox.pdmodel.PDDocumentCatalog catalog) throws IOException;
  }

  private static byte[] withCatalog(String text, CatalogChange change) {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(text)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.apply(doc, doc.getDocumentCatalog());
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Windows executable: "MZ" header, PE signature. */
  public static byte[] executable() {
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    for (int i = 0x100; i < exe.length; i++) {
      exe[i] = (byte) (i * 31);
    }
    return exe;
  }

  public static boolean tesseractInstalled() {
    return ContentInspector.Tesseract.probe().languages().contains("vie");
  }
}
