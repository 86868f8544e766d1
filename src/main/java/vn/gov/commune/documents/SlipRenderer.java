package vn.gov.commune.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

  /** The slip as the bytes of a .docx file. */
  public byte[] render(SlipContent content) {
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

  /** Title, subject, issuing body and dossier code; no creation time, so that the bytes stay the same. */
  private static void describe(POIXMLProperties.CoreProperties core, SlipContent content) {
    String title = content.type().title();
    core.setTitle(text(title));
    core.setSubjectProperty(text(content.dossierCode().isBlank() ? title : title + " - Mã hồ sơ " + content.dossierCode().strip()));
    core.setCreator(String.join(" - ", WordDocument.clean(content.issuingBody()).lines()
        .map(String::strip).filter(line -> !line.isEmpty()).toList()));
    core.setIdentifier(text(content.dossierCode().strip()));
    core.getUnderlyingProperties().setLanguageProperty("vi-VN");
    core.getUnderlyingProperties().setCreatedProperty(Optional.empty());
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
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
