package vn.gov.commune.catalogue;

import java.util.List;
import java.util.Optional;
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

  public ProcedureCatalogue(ProcedureRepository procedures) {
    this.procedures = procedures;
  }

  /** The newest version of the procedure, if the catalogue has it. */
  public Optional<Procedure> current(String code) {
    return code == null ? Optional.empty() : procedures.findFirstByCodeOrderByVersionDesc(code.strip());
  }

  /** A given version of the procedure, e.g. the one a dossier was received under. */
  public Optional<Procedure> version(String code, int version) {
    return code == null ? Optional.empty() : procedures.findByCodeAndVersion(code.strip(), version);
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
