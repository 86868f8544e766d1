package vn.gov.commune.catalogue;

import java.util.List;

/** Catalogue entries for tests: a valid one and variations of it. */
final class CatalogueEntries {

  private CatalogueEntries() {}

  static CatalogueFile.Entry entry(String code, int version, CatalogueFile.Fee fee, boolean paymentPlatform, int paymentDays) {
    return new CatalogueFile.Entry(
        code,
        version,
        null,
        "Thủ tục thử nghiệm " + code,
        "Hộ tịch",
        ServiceLevel.FULL_ONLINE,
        0,
        null,
        SupplementClock.RESTART,
        5,
        fee,
        paymentPlatform,
        paymentDays,
        List.of(new CatalogueFile.Component("TO_KHAI", "Tờ khai", true, null, null)),
        "specialist",
        "leader",
        "Luật Hộ tịch số 60/2014/QH13",
        null,
        null,
        null);
  }

  static CatalogueFile.Entry free(String code, int version) {
    return entry(code, version, new CatalogueFile.Fee(FeeRule.FREE, null, "Miễn lệ phí"), false, 0);
  }

  static CatalogueFile.Entry withName(CatalogueFile.Entry e, String name) {
    return new CatalogueFile.Entry(
        e.code(), e.version(), e.nationalCode(), name, e.field(), e.serviceLevel(), e.legalWorkingDays(),
        e.verificationWorkingDays(), e.supplementClock(), e.supplementWithinWorkingDays(), e.fee(), e.paymentPlatform(),
        e.paymentWithinWorkingDays(), e.components(), e.processingGroup(), e.approvingGroup(), e.legalBasis(), e.sourceNote(),
        e.processingProcess(), e.consultations());
  }

  static CatalogueFile.Entry withProcessingProcess(CatalogueFile.Entry e, String processingProcess) {
    return new CatalogueFile.Entry(
        e.code(), e.version(), e.nationalCode(), e.name(), e.field(), e.serviceLevel(), e.legalWorkingDays(),
        e.verificationWorkingDays(), e.supplementClock(), e.supplementWithinWorkingDays(), e.fee(), e.paymentPlatform(),
        e.paymentWithinWorkingDays(), e.components(), e.processingGroup(), e.approvingGroup(), e.legalBasis(), e.sourceNote(),
        processingProcess, e.consultations());
  }

  static CatalogueFile.Entry withConsultations(CatalogueFile.Entry e, List<CatalogueFile.Consultation> consultations) {
    return new CatalogueFile.Entry(
        e.code(), e.version(), e.nationalCode(), e.name(), e.field(), e.serviceLevel(), e.legalWorkingDays(),
        e.verificationWorkingDays(), e.supplementClock(), e.supplementWithinWorkingDays(), e.fee(), e.paymentPlatform(),
        e.paymentWithinWorkingDays(), e.components(), e.processingGroup(), e.approvingGroup(), e.legalBasis(), e.sourceNote(),
        e.processingProcess(), consultations);
  }

  static CatalogueFile.Entry withComponents(CatalogueFile.Entry e, java.util.List<CatalogueFile.Component> components) {
    return new CatalogueFile.Entry(
        e.code(), e.version(), e.nationalCode(), e.name(), e.field(), e.serviceLevel(), e.legalWorkingDays(),
        e.verificationWorkingDays(), e.supplementClock(), e.supplementWithinWorkingDays(), e.fee(), e.paymentPlatform(),
        e.paymentWithinWorkingDays(), components, e.processingGroup(), e.approvingGroup(), e.legalBasis(), e.sourceNote(),
        e.processingProcess(), e.consultations());
  }
}
