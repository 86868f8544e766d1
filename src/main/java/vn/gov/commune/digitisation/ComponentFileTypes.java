package vn.gov.commune.digitisation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.CatalogueFile;
import vn.gov.commune.catalogue.CatalogueLoader;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureCatalogue;
import vn.gov.commune.catalogue.ProcedureComponent;

/**
 * The allow-list of file types of a procedure's component: {@link ProcedureComponent#getFileTypes()}
 * when the stored catalogue carries it; otherwise the {@code fileTypes} of that component in the
 * catalogue file as {@link CatalogueLoader#file()} read it (versions loaded before the column existed
 * are never reloaded); otherwise {@code app.digitisation.default-file-types}.
 */
@Component
public class ComponentFileTypes {

  private final ProcedureCatalogue catalogue;
  private final DigitisationProperties props;
  private final Map<String, Set<FileType>> fromFile;

  public ComponentFileTypes(ProcedureCatalogue catalogue, DigitisationProperties props, CatalogueLoader loader) {
    this.catalogue = catalogue;
    this.props = props;
    this.fromFile = listedIn(loader.file());
  }

  /** The file types each component of the catalogue file lists, parsed once. */
  private static Map<String, Set<FileType>> listedIn(CatalogueFile file) {
    Map<String, Set<FileType>> listed = new HashMap<>();
    for (CatalogueFile.Entry p : file.procedures()) {
      for (CatalogueFile.Component c : p.components()) {
        if (c.fileTypes() != null) {
          try {
            listed.put(key(p.code(), p.version(), c.code()), Collections.unmodifiableSet(FileType.parseList(c.fileTypes())));
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                "Cannot read the file types of " + p.code() + " v" + p.version() + " " + c.code() + " in the procedure catalogue: " + e.getMessage(), e);
          }
        }
      }
    }
    return Map.copyOf(listed);
  }

  /** The file types {@code componentCode} of the procedure version accepts. */
  public Set<FileType> allowed(String procedureCode, int procedureVersion, String componentCode) {
    Procedure procedure = catalogue.require(procedureCode, procedureVersion);
    for (ProcedureComponent c : procedure.getComponents()) {
      if (c.getCode().equals(componentCode) && c.getFileTypes() != null && !c.getFileTypes().isBlank()) {
        return FileType.parseList(c.getFileTypes());
      }
    }
    Set<FileType> listed = fromFile.get(key(procedureCode, procedureVersion, componentCode));
    return listed != null ? listed : defaults();
  }

  public Set<FileType> defaults() {
    return props.getDefaultFileTypes().isEmpty() ? EnumSet.noneOf(FileType.class) : EnumSet.copyOf(props.getDefaultFileTypes());
  }

  private static String key(String code, int version, String component) {
    return code + "#" + version + "#" + component;
  }
}
