package vn.gov.commune.digitisation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Screens a loaded PDF before any text is extracted or page rendered, object by object in
 * PDFBox's model (names are compared after parsing, so {@code /J#53} is {@code /JS}):
 *
 * <ul>
 *   <li><b>decompression bomb</b>: every stream is decoded through its filters (Flate, LZW,
 *       ASCII85 …; image codecs such as DCT or JPX are left encoded, images are bounded by their
 *       pixels) into a counter, and the file is refused as soon as all streams together exceed
 *       {@link ContentInspector#inflatedLimit}; nothing decoded is kept;
 *   <li><b>active content</b>: any action that runs JavaScript ({@code /S /JavaScript}, or a
 *       {@code /JS} entry as in renditions) or launches a program ({@code /S /Launch}), wherever it
 *       sits: the document's open action and additional actions, the JavaScript name tree, pages,
 *       annotations, form fields. A scanned record or a form has no use for either.
 * </ul>
 *
 * Stops once {@code cancelled} says so (the parse timed out).
 */
final class PdfScreen {

  /** Image codecs: their data is left encoded (decoding a scan would cost its pixels, bounded elsewhere). */
  private static final Set<COSName> IMAGE_CODECS = Set.of(
      COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION, COSName.JPX_DECODE, COSName.JBIG2_DECODE,
      COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);
  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  private static final int MAX_NESTING = 64;

  /** Why a PDF is refused by the screen. */
  enum Finding { NONE, BOMB, ACTIVE_CONTENT }

  private final long limit;
  private final BooleanSupplier cancelled;
  private long decoded;

  private PdfScreen(long limit, BooleanSupplier cancelled) {
    this.limit = limit;
    this.cancelled = cancelled;
  }

  /** Screens every object of the document; {@code limit} bounds the decoded bytes of all streams. */
  static Finding screen(PDDocument pdf, long limit, BooleanSupplier cancelled) throws IOException {
    return new PdfScreen(limit, cancelled).objects(pdf.getDocument());
  }

  private Finding objects(COSDocument document) throws IOException {
    // uncompressed objects first: object streams are measured before anything is parsed out of them
    List<Map.Entry<COSObjectKey, Long>> entries = new ArrayList<>(document.getXrefTable().entrySet());
    entries.sort(Map.Entry.comparingByValue((a, b) -> Boolean.compare(a == null || a < 0, b == null || b < 0)));
    for (Map.Entry<COSObjectKey, Long> entry : entries) {
      checkCancelled();
      COSObject object = document.getObjectFromPool(entry.getKey());
      COSBase base = object == null ? null : object.getObject();
      if (base instanceof COSStream stream && inflate(stream)) {
        return Finding.BOMB;
      }
      if (active(base, 0)) {
        return Finding.ACTIVE_CONTENT;
      }
    }
    return Finding.NONE;
  }

  /** Whether a dictionary (a stream's too) or array, or one nested directly in it, is a script or launch action. */
  private static boolean active(COSBase base, int depth) {
    if (depth > MAX_NESTING) {
      return false;
    }
    if (base instanceof COSDictionary dictionary) {
      COSName type = dictionary.getCOSName(COSName.S);
      if (COSName.JAVA_SCRIPT.equals(type) || LAUNCH.equals(type) || dictionary.containsKey(COSName.JS)) {
        return true;
      }
      for (COSBase value : dictionary.getValues()) {
        if (!(value instanceof COSObject) && active(value, depth + 1)) {
          return true;
        }
      }
    } else if (base instanceof COSArray array) {
      for (COSBase value : array) {
        if (!(value instanceof COSObject) && active(value, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Decodes the stream through its filters into a counter; true once all streams exceed the limit. */
  private boolean inflate(COSStream stream) throws IOException {
    List<COSName> filters = new ArrayList<>();
    COSBase named = stream.getFilters();
    if (named instanceof COSName name) {
      filters.add(name);
    } else if (named instanceof COSArray array) {
      for (COSBase b : array) {
        if (b instanceof COSName name) {
          filters.add(name);
        }
      }
    }
    try (InputStream raw = stream.createRawInputStream()) {
      InputStream in = raw;
      for (int i = 0; i < filters.size() && !IMAGE_CODECS.contains(filters.get(i)); i++) {
        boolean last = i == filters.size() - 1 || IMAGE_CODECS.contains(filters.get(i + 1));
        Counter out = new Counter(last);
        try {
          FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, stream, i);
        } catch (IOException e) {
          return false; // a broken stream is the parser's concern; what was decoded is counted
        }
        in = last ? null : new ByteArrayInputStream(out.buffer.toByteArray());
        if (last) {
          break;
        }
      }
    } catch (LimitReached e) {
      return true;
    }
    return false;
  }

  /** Counts what a filter writes (keeping it only between two filters) and stops at the limit. */
  private final class Counter extends OutputStream {
    final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final boolean discard;

    Counter(boolean discard) {
      this.discard = discard;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      decoded += len;
      if (decoded > limit) {
        throw new LimitReached();
      }
      checkCancelled();
      if (!discard) {
        buffer.write(b, off, len);
      }
    }
  }

  private static final class LimitReached extends RuntimeException {
    LimitReached() {
      super(null, null, false, false);
    }
  }

  private void checkCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new ParseCancelled();
    }
  }

  /** The parse timed out: the work stops here. */
  static final class ParseCancelled extends RuntimeException {
    ParseCancelled() {
      super("parse cancelled", null, false, false);
    }
  }
}
