package vn.gov.commune.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.web.ApiException;

/**
 * The procedures the commune handles. The newest version of a procedure is the current one; older
 * versions stay for the dossiers received under them.
 */
@Service
@Transactional(readOnly = true)
public class ProcedureCatalogue {

  private final ProcedureRepository procedures;

  /**
   * Versions already read, by code and version: a stored version is never changed (a new catalogue
   * file adds a new version), and a dossier's steps ask for their dossier's version many times (about
   * ten lookups of three selects each per dossier). Entries are detached entities with their
   * components and consultations loaded; {@link Procedure} has no setters.
   */
  private final Map<String, Procedure> versions = new ConcurrentHashMap<>();

  public ProcedureCatalogue(ProcedureRepository procedures) {
    this.procedures = procedures;
  }

  /** The newest version of the procedure, if the catalogue has it. */
  public Optional<Procedure> current(String code) {
    return code == null ? Optional.empty() : procedures.findFirstByCodeOrderByVersionDesc(code.strip());
  }

  /** A given version of the procedure, e.g. the one a dossier was received under. */
  public Optional<Procedure> version(String code, int version) {
    if (code == null) {
      return Optional.empty();
    }
    String key = code.strip() + '\n' + version;
    Procedure known = versions.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Procedure> found = procedures.findByCodeAndVersion(code.strip(), version);
    found.ifPresent(procedure -> versions.putIfAbsent(key, procedure));
    return found;
  }

  /**
   * Forgets the versions read so far: only for a stored version changed in the database by hand
   * (the product never does; tests that edit a version's row do).
   */
  public void forgetReadVersions() {
    versions.clear();
  }

  /** The newest version of every procedure, ordered by code. */
  public List<Procedure> currentAll() {
    return procedures.findCurrent();
  }

  /** Every stored version of the procedure, newest first (empty for an unknown code). */
  public List<Procedure> history(String code) {
    return code == null ? List.of() : procedures.findByCodeOrderByVersionDesc(code.strip());
  }

  /** The current version, or a 404 with a Vietnamese message naming the code. */
  public Procedure require(String code) {
    return current(code).orElseThrow(() -> notFound(code));
  }

  /** The given version, or a 404 with a Vietnamese message naming the code and version. */
  public Procedure require(String code, int version) {
    return version(code, version)
        .orElseThrow(() -> ApiException.notFound(
            "Không tìm thấy phiên bản " + version + " của thủ tục hành chính có mã '" + code + "' trong danh mục."));
  }

  static ApiException notFound(String code) {
    return ApiException.notFound("Không tìm thấy thủ tục hành chính có mã '" + code + "' trong danh mục thủ tục của xã.");
  }
}
