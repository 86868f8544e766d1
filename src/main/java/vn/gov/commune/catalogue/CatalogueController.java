package vn.gov.commune.catalogue;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.commune.security.CurrentUser;

/** The procedure catalogue, read by every signed-in user. */
@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

  private final ProcedureCatalogue catalogue;

  public CatalogueController(ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The current version of every procedure. */
  @GetMapping("/procedures")
  public List<ProcedureView> procedures(CurrentUser user) {
    return catalogue.currentAll().stream().map(ProcedureView::of).toList();
  }

  /** One procedure: the current version, or {@code ?version=n} for an older one. */
  @GetMapping("/procedures/{code}")
  public ProcedureView procedure(
      @PathVariable String code, @RequestParam(required = false) Integer version, CurrentUser user) {
    Procedure procedure = version == null ? catalogue.require(code) : catalogue.require(code, version);
    return ProcedureView.of(procedure);
  }

  /** A procedure as the API shows it, with Vietnamese labels next to the enum values. */
  public record ProcedureView(
      String code,
      int version,
      String nationalCode,
      String catalogueVersion,
      String name,
      String field,
      ServiceLevel serviceLevel,
      String serviceLevelLabel,
      int legalWorkingDays,
      Integer verificationWorkingDays,
      SupplementClock supplementClock,
      String supplementClockLabel,
      int supplementWithinWorkingDays,
      FeeRule feeRule,
      long feeAmount,
      String feeDescription,
      boolean paymentPlatform,
      int paymentWithinWorkingDays,
      List<ComponentView> components,
      String processingGroup,
      String approvingGroup,
      String legalBasis,
      String sourceNote) {

    static ProcedureView of(Procedure p) {
      return new ProcedureView(
          p.getCode(),
          p.getVersion(),
          p.getNationalCode(),
          p.getCatalogueVersion(),
          p.getName(),
          p.getField(),
          p.getServiceLevel(),
          p.getServiceLevel().label(),
          p.getLegalWorkingDays(),
          p.getVerificationWorkingDays(),
          p.getSupplementClock(),
          p.getSupplementClock().label(),
          p.getSupplementWithinWorkingDays(),
          p.getFeeRule(),
          p.getFeeAmount(),
          p.getFeeDescription(),
          p.isPaymentPlatform(),
          p.getPaymentWithinWorkingDays(),
          p.getComponents().stream().map(ComponentView::of).toList(),
          p.getProcessingGroup(),
          p.getApprovingGroup(),
          p.getLegalBasis(),
          p.getSourceNote());
    }
  }

  /** A dossier component; {@code askedFromCitizen} is false when national data replace it. */
  public record ComponentView(String code, String name, boolean required, String nationalDataSource, boolean askedFromCitizen) {

    static ComponentView of(ProcedureComponent c) {
      return new ComponentView(c.getCode(), c.getName(), c.isRequired(), c.getNationalDataSource(), c.isAskedFromCitizen());
    }
  }
}
