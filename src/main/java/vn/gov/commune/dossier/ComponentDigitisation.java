package vn.gov.commune.dossier;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.commune.digitisation.ComponentFileTypes;
import vn.gov.commune.digitisation.ContentRefusedException;
import vn.gov.commune.digitisation.DigitisationService;
import vn.gov.commune.digitisation.FileType;
import vn.gov.commune.digitisation.InspectedContent;

/**
 * Dossier components through the digitisation service: every file (online upload, supplement,
 * counter scan) is checked by its content against the component's allow-list, limits and the
 * state-secret screening, then kept with its digitisation record (text for search, pages, images,
 * OCR, who and when), or linked to the citizen's earlier digitisation of the same content.
 */
@Component
public class ComponentDigitisation {

  private final DigitisationService digitisation;
  private final ComponentFileTypes fileTypes;

  ComponentDigitisation(DigitisationService digitisation, ComponentFileTypes fileTypes) {
    this.digitisation = digitisation;
    this.fileTypes = fileTypes;
  }

  /** Checks a file for a component and keeps nothing; a refusal names the component. */
  public InspectedContent check(String procedureCode, int procedureVersion, String componentCode, String componentName, String fileName, byte[] content) {
    return check(procedureCode, procedureVersion, componentCode, componentName, fileName, content, false);
  }

  /**
   * {@link #check} for a citizen's upload (a submission, a supplement): OCR of a scan is left to a
   * job after the answer ({@code ScanOcr}), which refuses the file then if it carries a secrecy mark.
   */
  public InspectedContent checkUpload(String procedureCode, int procedureVersion, String componentCode, String componentName, String fileName, byte[] content) {
    return check(procedureCode, procedureVersion, componentCode, componentName, fileName, content, true);
  }

  private InspectedContent check(
      String procedureCode, int procedureVersion, String componentCode, String componentName, String fileName, byte[] content, boolean deferOcr) {
    try {
      Set<FileType> allowed = allowed(procedureCode, procedureVersion, componentCode);
      return deferOcr ? digitisation.checkDeferringOcr(fileName, null, content, allowed) : digitisation.check(fileName, null, content, allowed);
    } catch (ContentRefusedException e) {
      throw new ContentRefusedException(e.reason(), "Thành phần \"" + componentName + "\": " + e.getMessage());
    }
  }

  /** Keeps a checked file with its digitisation record (or the reuse of an earlier one), in the caller's transaction. */
  public DigitisationService.Result keep(Dossier dossier, DossierComponent component, InspectedContent checked, String fileName, byte[] content, String actor) {
    return digitisation.keep(
        new DigitisationService.ComponentFile(
            dossier.getCode(),
            component.getId(),
            component.getComponentCode(),
            dossier.getApplicantPersonalId(),
            allowed(dossier.getProcedureCode(), dossier.getProcedureVersion(), component.getComponentCode()),
            fileName,
            null,
            content,
            actor,
            dossier.getReceivingCommuneId()),
        checked);
  }

  /**
   * Keeps the signed electronic result the citizen's data store receives, so that a later dossier
   * of the same citizen can link it instead of having it scanned again (see {@link #reuseFromDataStore}).
   * The product rendered it: its pages and text come from the renderer, the PDF is not parsed again.
   *
   * @throws vn.gov.commune.digitisation.ContentRefusedException when the text carries a state-secret mark
   */
  public void keepResult(Dossier dossier, String fileName, byte[] content, int pages, String text) {
    digitisation.keepRendered(
        new DigitisationService.ComponentFile(
            dossier.getCode(), null, RESULT_COMPONENT, dossier.getApplicantPersonalId(), java.util.EnumSet.allOf(FileType.class),
            fileName, null, content, DossierService.SYSTEM_ACTOR, dossier.getReceivingCommuneId()),
        pages, text);
  }

  /**
   * Links a document of the citizen's data store (known by its SHA-256) to a component of this
   * dossier: the earlier digitisation of the same content for this citizen is reused and counted.
   * Empty when the content was never digitised here.
   */
  public java.util.Optional<DigitisationService.Result> reuseFromDataStore(Dossier dossier, DossierComponent component, String sha256, String actor) {
    return digitisation.reuse(
        dossier.getCode(), component.getId(), component.getComponentCode(), dossier.getApplicantPersonalId(),
        java.util.EnumSet.allOf(FileType.class), sha256, actor, dossier.getReceivingCommuneId());
  }

  public byte[] content(String sha256) {
    return digitisation.content(sha256);
  }

  /** Component code of the records of electronic results. */
  static final String RESULT_COMPONENT = "KET_QUA";

  private Set<FileType> allowed(String procedureCode, int procedureVersion, String componentCode) {
    return fileTypes.allowed(procedureCode, procedureVersion, componentCode);
  }
}
