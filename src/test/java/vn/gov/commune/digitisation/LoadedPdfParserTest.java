package vn.gov.commune.digitisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

/** An upload's PDF is loaded once: Tika reads the text from the document the screen loaded. */
class LoadedPdfParserTest {

  private static String text(byte[] bytes, ParseContext context) throws Exception {
    context.set(Parser.class, new AutoDetectParser());
    StringWriter text = new StringWriter();
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      new LoadedPdfParser().parse(in, new BodyContentHandler(text), new Metadata(), context);
    }
    return text.toString();
  }

  @Test
  void theTextComesFromTheLoadedDocumentNotFromLoadingTheBytesAgain() throws Exception {
    byte[] onDisk = TestFiles.pdf("Tờ khai đăng ký khai sinh");
    try (PDDocument loaded = Loader.loadPDF(TestFiles.pdf("Giấy chứng sinh số 123"))) {
      ParseContext context = new ParseContext();
      context.set(LoadedPdfParser.Loaded.class, new LoadedPdfParser.Loaded(loaded));
      // the bytes say "Tờ khai": had the parser loaded them, that is what it would read
      assertThat(text(onDisk, context)).contains("Giấy chứng sinh số 123").doesNotContain("Tờ khai");
      assertThat(loaded.getDocument().isClosed()).as("Tika closes the document when done").isTrue();
    }
  }

  @Test
  void theLoadedDocumentIsGivenOnceAndAPdfAttachedInsideIsLoadedFromItsOwnBytes() throws Exception {
    byte[] withAttachment = TestFiles.pdfWithAttachment("Đơn đề nghị", TestFiles.pdf("MẬT - tài liệu đính kèm"));
    try (PDDocument loaded = Loader.loadPDF(withAttachment)) {
      ParseContext context = new ParseContext();
      LoadedPdfParser.Loaded given = new LoadedPdfParser.Loaded(loaded);
      context.set(LoadedPdfParser.Loaded.class, given);
      assertThat(text(withAttachment, context)).contains("Đơn đề nghị").contains("MẬT - tài liệu đính kèm");
      assertThat(given.take()).isNull();
    }
  }

  @Test
  void withoutALoadedDocumentItLoadsTheBytes() throws Exception {
    assertThat(text(TestFiles.pdf("Tờ khai đăng ký khai sinh"), new ParseContext())).contains("Tờ khai đăng ký khai sinh");
  }
}
