package vn.gov.commune.digitisation;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * Tika's PDF parser, given the document that {@link ContentInspector} already loaded and screened
 * ({@link PdfScreen}), so that an upload's PDF is parsed once (issue 15: "each file parsed once"):
 * the objects the screen read stay parsed, and Tika extracts the text (and runs OCR on page images)
 * from them. Everything else is Tika's: metadata, annotations, embedded files (parsed by the
 * context's parser, each loaded as usual), OCR strategy, and closing the document at the end.
 *
 * <p>The loaded document travels in the {@link ParseContext} as a {@link Loaded}, which is taken by
 * the first document this parser opens, the top-level one; a PDF embedded in it is loaded from its
 * own bytes.
 */
final class LoadedPdfParser extends PDFParser {

  private static final long serialVersionUID = 1L;

  /** The loaded document for the next document this parser opens in the context; given once. */
  static final class Loaded {
    private PDDocument document;

    Loaded(PDDocument document) {
      this.document = document;
    }

    synchronized PDDocument take() {
      PDDocument taken = document;
      document = null;
      return taken;
    }
  }

  @Override
  protected PDDocument getPDDocument(
      InputStream stream,
      TikaInputStream tstream,
      String password,
      RandomAccessStreamCache.StreamCacheCreateFunction streamCache,
      Metadata metadata,
      ParseContext context)
      throws IOException, EncryptedDocumentException {
    Loaded loaded = context.get(Loaded.class);
    PDDocument document = loaded == null ? null : loaded.take();
    if (document == null) {
      return super.getPDDocument(stream, tstream, password, streamCache, metadata, context);
    }
    if (tstream != null) {
      tstream.setOpenContainer(document);
    }
    return document;
  }
}
