package vn.gov.commune.documents;

import java.util.List;
import java.util.Objects;

/**
 * What a slip says. Text may hold line breaks ("\n"); {@code issuingBody} is one line per body, the
 * superior body first (e.g. "UBND XÃ SA THẦY\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"). Null texts and lists
 * count as empty; {@code table} may be null.
 *
 * @param type which slip, gives the title
 * @param issuingBody the issuing body, printed in capitals at the top left
 * @param placeAndDate e.g. "Sa Thầy, ngày 23 tháng 11 năm 2026"
 * @param dossierCode printed as "Mã hồ sơ: …" under the issuing body
 * @param fields "Label: value" lines
 * @param paragraphs free text after the fields
 * @param table an optional bordered table after the paragraphs
 * @param signatureTitle e.g. "NGƯỜI TIẾP NHẬN" or "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
 * @param signerName the signer's full name
 * @param digitallySigned prints "(Đã ký số)" instead of "(Ký, ghi rõ họ tên)" and no space to sign
 * @param subtitle a bold line under the title (trích yếu), e.g. "Kết quả thực hiện Kế hoạch số … tháng 3"
 */
public record SlipContent(
    SlipType type,
    String issuingBody,
    String placeAndDate,
    String dossierCode,
    List<Field> fields,
    List<String> paragraphs,
    Table table,
    String signatureTitle,
    String signerName,
    boolean digitallySigned,
    String subtitle) {

  public SlipContent {
    Objects.requireNonNull(type, "type");
    issuingBody = text(issuingBody);
    placeAndDate = text(placeAndDate);
    dossierCode = text(dossierCode);
    fields = fields == null ? List.of() : fields.stream().filter(Objects::nonNull).toList();
    paragraphs = paragraphs == null ? List.of() : paragraphs.stream().map(SlipContent::text).toList();
    signatureTitle = text(signatureTitle);
    signerName = text(signerName);
    subtitle = text(subtitle);
  }

  /** A slip without a subtitle. */
  public SlipContent(
      SlipType type,
      String issuingBody,
      String placeAndDate,
      String dossierCode,
      List<Field> fields,
      List<String> paragraphs,
      Table table,
      String signatureTitle,
      String signerName,
      boolean digitallySigned) {
    this(type, issuingBody, placeAndDate, dossierCode, fields, paragraphs, table, signatureTitle,
        signerName, digitallySigned, null);
  }

  /** A slip signed by hand ("(Ký, ghi rõ họ tên)"). */
  public SlipContent(
      SlipType type,
      String issuingBody,
      String placeAndDate,
      String dossierCode,
      List<Field> fields,
      List<String> paragraphs,
      Table table,
      String signatureTitle,
      String signerName) {
    this(type, issuingBody, placeAndDate, dossierCode, fields, paragraphs, table, signatureTitle,
        signerName, false, null);
  }

  /** One "Label: value" line; a blank value prints as a dotted line to fill in by hand. */
  public record Field(String label, String value) {
    public Field {
      label = text(label);
      value = text(value);
    }
  }

  /** A bordered table with a bold header row; short rows are padded with empty cells. */
  public record Table(List<String> headers, List<List<String>> rows) {
    public Table {
      headers = headers == null ? List.of() : headers.stream().map(SlipContent::text).toList();
      rows = rows == null
          ? List.of()
          : rows.stream()
              .filter(Objects::nonNull)
              .map(row -> row.stream().map(SlipContent::text).toList())
              .toList();
    }

    /** The number of columns: the widest of the header and the rows. */
    public int columns() {
      return Math.max(headers.size(), rows.stream().mapToInt(List::size).max().orElse(0));
    }
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
