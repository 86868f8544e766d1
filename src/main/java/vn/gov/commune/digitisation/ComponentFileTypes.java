package vn.gov.commune.digitisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.gov.commune.catalogue.Procedure;
import vn.gov.commune.catalogue.ProcedureCatalogue;
import vn.gov.commune.catalogue.ProcedureComponent;

/**
 * The allow-list of file types of a procedure's component: {@link ProcedureComponent#getFileTypes()}
 * when the stored catalogue carries it; otherwise the {@code fileTypes} of that component in the
 * catalogue file (versions loaded before the column existed are never reloaded, and the catalogue
 * loader does not copy the field yet); otherwise {@code app.digitisation.default-file-types}.
 */
@Component
public class ComponentFileTypes {

  private final ProcedureCatalogue catalogue;
  private final DigitisationProperties props;
  private final Map<String, Set<FileType>> fromFile = new HashMap<>();

  public ComponentFileTypes(
      ProcedureCatalogue catalogue,
      DigitisationProperties props,
      ResourceLoader resources,
      @Value("${app.catalogue.location:classpath:catalogue/procedures.json}") String location) {
    this.catalogue = catalogue;
    this.props = props;
    Resource resource = resources.getResource(location);
    if (resource.exists()) {
      try (InputStream in = resource.getInputStream()) {
        JsonNode root = new ObjectMapper().readTree(in);
        for (JsonNode p : root.path("procedures")) {
          for (JsonNode c : p.path("components")) {
            if (c.hasNonNull("fileTypes")) {
              fromFile.put(
                  key(p.path("code").asText(), p.path("version").asInt(), c.path("code").asText()),
                  FileType.parseList(c.get("fileTypes").asText()));
            }
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException("Cannot read the file types of the procedure catalogue " + location + ": " + e.getMessage(), e);
      }
    }
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
