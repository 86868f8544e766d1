package vn.gov.commune.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link SlipContent} as a Word document (.docx, Office Open XML) with Apache POI. The output
 * depends only on the content: the same slip gives the same bytes (and so the same SHA-256).
 */
@Component
public class SlipRenderer {

  /** The media type of the documents this renders. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** Fixed time stamp of the zip entries, so the bytes do not depend on when a slip is rendered. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

  private static final String DOCUMENT_PART = "word/document.xml";
  private static final String CORE_PART = "docProps/core.xml";

  /**
   * The parts of a .docx that are the same for every slip (content types, relationships, application
   * properties, styles), by name in the order POI writes them; read once from a slip POI wrote whole.
   */
  private volatile Map<String, byte[]> sameParts;

  /**
   * The slip as the bytes of a .docx file: the same bytes POI's own saving gives ({@link #renderWithPoi}),
   * written without it. Saving a package through POI rebuilds and re-serialises every part of it for each
   * slip (most of a slip's rendering); only the document and its core properties differ from slip to slip.
   */
  public byte[] render(SlipContent content) {
    Objects.requireNonNull(content, "content");
    Map<String, byte[]> same = sameParts();
    XWPFDocument document = WordDocument.of(content);
    try {
      ByteArrayOutputStream xml = new ByteArrayOutputStream(16_384);
      XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      options.setSaveSyntheticDocumentElement(new QName(CTDocument1.type.getName().getNamespaceURI(), "document"));
      document.getDocument().save(xml, options);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (Map.Entry<String, byte[]> part : same.entrySet()) {
          byte[] data = switch (part.getKey()) {
            case DOCUMENT_PART -> xml.toByteArray();
            case CORE_PART -> coreProperties(content);
            default -> part.getValue();
          };
          putEntry(out, part.getKey(), data);
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      document.getPackage().revert();
    }
  }

  private Map<String, byte[]> sameParts() {
    Map<String, byte[]> same = sameParts;
    if (same == null) {
      Map<String, byte[]> read = new LinkedHashMap<>();
      SlipContent any = new SlipContent(SlipType.RECEIPT, "", "", "", List.of(), List.of(), null, "", "");
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(renderWithPoi(any)))) {
        for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
          read.put(entry.getName(), in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!read.containsKey(DOCUMENT_PART) || !read.containsKey(CORE_PART)) {
        throw new IllegalStateException("POI wrote a .docx without " + DOCUMENT_PART + " or " + CORE_PART + ": " + read.keySet());
      }
      same = sameParts = java.util.Collections.unmodifiableMap(read);
    }
    return same;
  }

  /** The slip written by POI as a whole package (the reference {@link #render} keeps to). */
  byte[] renderWithPoi(SlipContent content) {
    Objects.requireNonNull(content, "content");
    ByteArrayOutputStream written = new ByteArrayOutputStream(16_384);
    XWPFDocument document = WordDocument.of(content);
    try {
      describe(document.getProperties().getCoreProperties(), content);
      document.write(written);
      return withFixedTimes(written.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // not close(): a package made in memory saves itself once more when closed (a third of the
      // rendering); it has nothing to keep, so it is dropped as it is
      document.getPackage().revert();
    }
  }

  /** {@code docProps/core.xml} as POI writes it for {@link #describe}'s properties. */
  static byte[] coreProperties(SlipContent content) {
    String title = content.type().title();
    StringBuilder xml = new StringBuilder(512)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
        .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    element(xml, "dc:creator", creator(content));
    element(xml, "dc:identifier", text(content.dossierCode().strip()));
    element(xml, "dc:language", "vi-VN");
    element(xml, "dc:subject", subject(content));
    element(xml, "dc:title", text(title));
    return xml.append("</cp:coreProperties>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void element(StringBuilder xml, String name, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    xml.append('<').append(name).append('>');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<' -> xml.append("&lt;");
        case '>' -> xml.append("&gt;");
        case '&' -> xml.append("&amp;");
        default -> xml.append(c);
      }
    }
    xml.append("</").append(name).append('>');
  }

  /** Title, subject, issuing body and dossier code; no creation time, so that the bytes stay the same. */
  private static void describe(POIXMLProperties.CoreProperties core, SlipContent content) {
    core.setTitle(text(content.type().title()));
    core.setSubjectProperty(subject(content));
    core.setCreator(creator(content));
    core.setIdentifier(text(content.dossierCode().strip()));
    core.getUnderlyingProperties().setLanguageProperty("vi-VN");
    core.getUnderlyingProperties().setCreatedProperty(Optional.empty());
  }

  private static String subject(SlipContent content) {
    String title = content.type().title();
    return text(content.dossierCode().isBlank() ? title : title + " - Mã hồ sơ " + content.dossierCode().strip());
  }

  private static String creator(SlipContent content) {
    return String.join(" - ", WordDocument.clean(content.issuingBody()).lines()
        .map(String::strip).filter(line -> !line.isEmpty()).toList());
  }

  private static String text(String text) {
    return WordDocument.clean(text).replace('\n', ' ');
  }

  /** The same zip with every entry stamped {@link #ENTRY_TIME}. */
  private static byte[] withFixedTimes(byte[] zipped) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zipped.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        putEntry(out, entry.getName(), in.readAllBytes());
      }
    }
    return bytes.toByteArray();
  }

  /** An entry stamped {@link #ENTRY_TIME}. */
  private static void putEntry(ZipOutputStream out, String name, byte[] data) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    out.putNextEntry(entry);
    out.write(data);
    out.closeEntry();
  }
}
