package vn.gov.commune.documents;

import java.util.List;
import java.util.Objects;
import vn.gov.commune.documents.SlipContent.Field;

/**
 * What an electronic result (kết quả giải quyết TTHC) says, laid out as an administrative document:
 * issuing body and number on the left, the national motto (Quốc hiệu, Tiêu ngữ) and place and date on
 * the right, the title of the paper the procedure gives (e.g. "TRÍCH LỤC KHAI SINH"), the procedure,
 * the fields and the decision, then the signer's title, position and full name. Null texts count as
 * empty.
 *
 * @param issuingBody e.g. "ỦY BAN NHÂN DÂN XÃ SA THẦY"
 * @param number e.g. "000.00.31.H62-261123-0001/KQ"
 * @param placeAndDate e.g. "Sa Thầy, ngày 23 tháng 11 năm 2026"
 * @param title the paper's title, printed in capitals
 * @param subtitle the procedure, printed in bold under the title
 * @param signatureTitle e.g. "TM. ỦY BAN NHÂN DÂN"
 * @param signerPosition e.g. "Lãnh đạo Ủy ban nhân dân"
 * @param signerName the signer's full name
 * @param footer a small line at the bottom (dossier code, how to verify)
 */
public record ResultPaper(
    String issuingBody,
    String number,
    String placeAndDate,
    String title,
    String subtitle,
    List<Field> fields,
    List<String> paragraphs,
    String signatureTitle,
    String signerPosition,
    String signerName,
    String footer) {

  public ResultPaper {
    issuingBody = text(issuingBody);
    number = text(number);
    placeAndDate = text(placeAndDate);
    title = text(title);
    subtitle = text(subtitle);
    fields = fields == null ? List.of() : fields.stream().filter(Objects::nonNull).toList();
    paragraphs = paragraphs == null ? List.of() : paragraphs.stream().map(ResultPaper::text).toList();
    signatureTitle = text(signatureTitle);
    signerPosition = text(signerPosition);
    signerName = text(signerName);
    footer = text(footer);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
