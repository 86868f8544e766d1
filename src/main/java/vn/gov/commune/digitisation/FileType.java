package vn.gov.commune.digitisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The file types a component may be digitised from, by the media type Tika detects in the content. */
public enum FileType {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  PNG("image/png", "png"),
  TIFF("image/tiff", "tif", "tiff"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  ODT("application/vnd.oasis.opendocument.text", "odt"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String mediaType;
  private final Set<String> extensions;

  FileType(String mediaType, String... extensions) {
    this.mediaType = mediaType;
    this.extensions = Set.of(extensions);
  }

  public String mediaType() {
    return mediaType;
  }

  public boolean isImage() {
    return this == JPEG || this == PNG || this == TIFF;
  }

  /** The type with this media type (parameters ignored), if it is one of ours. */
  public static Optional<FileType> ofMediaType(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    String base = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(base)).findFirst();
  }

  /** The type a file name claims by its extension; only used to tell a disguised file, never to accept one. */
  public static Optional<FileType> ofFileName(String fileName) {
    if (fileName == null || fileName.lastIndexOf('.') < 0) {
      return Optional.empty();
    }
    String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
  }

  /** Parses "PDF, JPEG,png" into a set; unknown names are an error. */
  public static Set<FileType> parseList(String list) {
    Set<FileType> types = EnumSet.noneOf(FileType.class);
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        types.add(FileType.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      }
    }
    return types;
  }
}
