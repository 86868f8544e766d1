package vn.gov.commune.dossier;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.gov.commune.calendar.WorkingDayCalendar;
import vn.gov.commune.certification.RequestCodes;
import vn.gov.commune.organisation.Commune;
import vn.gov.commune.organisation.CommuneRepository;

/** Request codes (a certify-copy request's) from the receiving commune's dossier code counter. */
@Component
class DossierCodesForRequests implements RequestCodes {

  private final DossierCodeAllocator codes;
  private final CommuneRepository communes;
  private final WorkingDayCalendar calendar;

  DossierCodesForRequests(DossierCodeAllocator codes, CommuneRepository communes, WorkingDayCalendar calendar) {
    this.codes = codes;
    this.communes = communes;
    this.calendar = calendar;
  }

  @Override
  public String next(String communeId, Instant receivedAt) {
    Commune commune = communeId == null ? null : communes.findById(communeId).orElse(null);
    if (commune == null) {
      throw new IllegalArgumentException("Không có xã/phường tiếp nhận \"" + communeId + "\" để cấp mã hồ sơ.");
    }
    return codes.next(commune.getAgencyCode(), receivedAt, calendar.properties().zone());
  }
}
