package vn.gov.commune.dossier.slip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link SlipContent} as a Word document (.docx, Office Open XML) with the JDK alone. The output
 * depends only on the content: the same slip gives the same bytes (and so the same SHA-256).
 */
@Component
public class SlipRenderer {

  /** The media type of the documents this renders. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** Fixed time stamp of the zip entries, so the bytes do not depend on when a slip is rendered. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

  private static final String CONTENT_TYPES = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/word/document.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
      <Override PartName="/word/styles.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
      <Override PartName="/docProps/core.xml" \
      ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
      </Types>
      """;

  private static final String PACKAGE_RELS = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
      Target="word/document.xml"/>\
      <Relationship Id="rId2" \
      Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
      Target="docProps/core.xml"/>\
      </Relationships>
      """;

  private static final String DOCUMENT_RELS = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
      Target="styles.xml"/>\
      </Relationships>
      """;

  /** The slip as the bytes of a .docx file. */
  public byte[] render(SlipContent content) {
    Objects.requireNonNull(content, "content");
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", CONTENT_TYPES);
    parts.put("_rels/.rels", PACKAGE_RELS);
    parts.put("word/document.xml", WordDocument.document(content));
    parts.put("word/_rels/document.xml.rels", DOCUMENT_RELS);
    parts.put("word/styles.xml", WordDocument.styles());
    parts.put("docProps/core.xml", coreProperties(content));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(part.getKey());
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String coreProperties(SlipContent content) {
    String creator = String.join(" - ", WordDocument.clean(content.issuingBody()).lines()
        .map(String::strip).filter(line -> !line.isEmpty()).toList());
    return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties \
        xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>%s</dc:creator>\
        <dc:identifier>%s</dc:identifier><dc:language>vi-VN</dc:language>\
        </cp:coreProperties>
        """.formatted(
            xml(content.type().title()),
            xml(content.dossierCode().isBlank()
                ? content.type().title()
                : content.type().title() + " - Mã hồ sơ " + content.dossierCode().strip()),
            xml(creator),
            xml(content.dossierCode().strip()));
  }

  private static String xml(String text) {
    return WordDocument.escape(WordDocument.clean(text).replace('\n', ' '));
  }
}
