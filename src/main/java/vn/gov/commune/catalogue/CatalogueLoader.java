package vn.gov.commune.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the procedure catalogue into the database at start-up. Idempotent: a (code, version) that
 * is stored is never reloaded, so a procedure changes only by a new version number, which then
 * becomes the current one; older versions stay for the dossiers that cite them. An entry edited
 * without a new version is ignored with a warning. Each version is stored in its own transaction,
 * so two nodes starting together do not fail on each other's rows.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class CatalogueLoader implements ApplicationRunner {

  static final String DEFAULT_LOCATION = "classpath:catalogue/procedures.json";
  private static final Logger LOG = LoggerFactory.getLogger(CatalogueLoader.class);

  /** What one load did: versions added, versions already stored, and stored versions whose entry was edited. */
  public record Result(List<String> added, List<String> unchanged, List<String> editedWithoutNewVersion) {}

  private final ProcedureRepository procedures;
  private final TransactionOperations transaction;
  private final ResourceLoader resources;
  private final String location;
  private final Clock clock;
  private CatalogueFile file;

  @Autowired
  public CatalogueLoader(
      ProcedureRepository procedures,
      TransactionTemplate transaction,
      ResourceLoader resources,
      @Value("${app.catalogue.location:" + DEFAULT_LOCATION + "}") String location) {
    this(procedures, transaction, resources, location, Clock.systemUTC());
  }

  CatalogueLoader(
      ProcedureRepository procedures,
      TransactionOperations transaction,
      ResourceLoader resources,
      String location,
      Clock clock) {
    this.procedures = procedures;
    this.transaction = transaction;
    this.resources = resources;
    this.location = location;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    load(file());
  }

  /**
   * The configured catalogue file, read and checked on the first call only: every caller (the load
   * at start-up, the file types of digitisation) shares this one immutable object.
   */
  public synchronized CatalogueFile file() {
    if (file == null) {
      file = read();
    }
    return file;
  }

  /** Reads and checks the configured catalogue file. */
  private CatalogueFile read() {
    Resource resource = resources.getResource(location);
    if (!resource.exists()) {
      throw new IllegalStateException("Procedure catalogue " + location + " (app.catalogue.location) does not exist");
    }
    try (InputStream in = resource.getInputStream()) {
      return CatalogueFile.read(location, in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the procedure catalogue " + location + ": " + e.getMessage(), e);
    }
  }

  /** Stores every version of the file that is not stored yet. */
  public Result load(CatalogueFile file) {
    List<String> added = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> edited = new ArrayList<>();
    for (CatalogueFile.Entry entry : file.procedures()) {
      String key = entry.code() + " v" + entry.version();
      Optional<Procedure> stored = procedures.findByCodeAndVersion(entry.code(), entry.version());
      if (stored.isPresent()) {
        if (stored.get().getContentHash().equals(CatalogueFile.fingerprint(entry))) {
          unchanged.add(key);
        } else {
          edited.add(key);
          LOG.warn(
              "Procedure {} in catalogue {} differs from the stored version (loaded from catalogue {}); it is NOT reloaded."
                  + " Give the changed procedure a new \"version\" number.",
              key, file.version(), stored.get().getCatalogueVersion());
        }
        continue;
      }
      try {
        transaction.executeWithoutResult(
            status -> procedures.save(Procedure.of(entry, file.version(), clock.instant())));
        added.add(key);
      } catch (DataIntegrityViolationException e) {
        // Another node stored it at the same moment.
        if (procedures.findByCodeAndVersion(entry.code(), entry.version()).isEmpty()) {
          throw e;
        }
        unchanged.add(key);
      }
    }
    LOG.info("Procedure catalogue {}: added {}, already stored {}{}", file.version(), added, unchanged.size(),
        edited.isEmpty() ? "" : ", edited without a new version (ignored) " + edited);
    return new Result(List.copyOf(added), List.copyOf(unchanged), List.copyOf(edited));
  }
}
