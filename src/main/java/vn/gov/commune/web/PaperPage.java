package vn.gov.commune.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * A plain Vietnamese HTML page listing the papers of a dossier or a plan task with a download link
 * each, opened from a Tasklist form. Every text is HTML-escaped (file names come from citizens and
 * officers); the page runs no script and loads nothing ({@code Content-Security-Policy}), is not
 * cached, and the downloads it links to are attachments ({@link Downloads}).
 */
public final class PaperPage {

  /** One line: a label, an optional link, an optional note after it. */
  public record Line(String label, String href, String note) {}

  private final String title;
  private final List<String> facts = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();

  private record Section(String heading, List<Line> lines, String empty) {}

  public PaperPage(String title) {
    this.title = title;
  }

  /** A "label: value" line under the title. */
  public PaperPage fact(String label, String value) {
    facts.add("<dt>" + escape(label) + "</dt><dd>" + escape(value) + "</dd>");
    return this;
  }

  /** A section with its lines; {@code empty} is shown when there are none. */
  public PaperPage section(String heading, List<Line> lines, String empty) {
    sections.add(new Section(heading, List.copyOf(lines), empty));
    return this;
  }

  public ResponseEntity<String> response() {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(escape(title)).append("</title><style>")
        .append("body{font-family:Arial,Helvetica,sans-serif;margin:1rem auto;max-width:52rem;padding:0 1rem;color:#222;line-height:1.45}")
        .append("h1{font-size:1.35rem}h2{font-size:1.1rem;margin-top:1.5rem;border-bottom:1px solid #ccc}")
        .append("dt{font-weight:bold;float:left;clear:left;width:11rem}dd{margin-left:11.5rem}")
        .append("li{margin:.35rem 0}a{color:#0b5394}.note{color:#555}.empty{color:#777;font-style:italic}")
        .append("</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n");
    if (!facts.isEmpty()) {
      html.append("<dl>").append(String.join("", facts)).append("</dl>\n");
    }
    for (Section section : sections) {
      html.append("<h2>").append(escape(section.heading())).append("</h2>\n");
      if (section.lines().isEmpty()) {
        html.append("<p class=\"empty\">").append(escape(section.empty())).append("</p>\n");
        continue;
      }
      html.append("<ul>\n");
      for (Line line : section.lines()) {
        html.append("<li>");
        if (line.href() == null) {
          html.append(escape(line.label()));
        } else {
          html.append("<a href=\"").append(escape(line.href())).append("\">").append(escape(line.label())).append("</a>");
        }
        if (line.note() != null && !line.note().isBlank()) {
          html.append(" <span class=\"note\">").append(escape(line.note())).append("</span>");
        }
        html.append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("</body></html>\n");
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
        .header(HttpHeaders.CONTENT_LANGUAGE, "vi")
        .body(html.toString());
  }

  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }
}
