package vn.gov.commune.dossier;

import java.time.Instant;
import java.util.List;

/** What the API answers about dossiers. */
final class DossierViews {

  private DossierViews() {}

  /** For staff of the receiving or competent commune and for the portal. */
  record DossierView(
      String code,
      String procedureCode,
      int procedureVersion,
      String procedureName,
      String receivingCommuneId,
      String competentCommuneId,
      Channel channel,
      String serviceLevel,
      String applicantPersonalId,
      String applicantName,
      String applicantPhone,
      String applicantAddress,
      int statusCode,
      String statusName,
      Instant submittedAt,
      Instant receivedAt,
      Instant appointmentAt,
      Instant originalAppointmentAt,
      Instant processedAt,
      Instant returnedAt,
      long fee,
      Instant paidAt,
      int supplementRounds,
      String supplementRequest,
      String apologyReason,
      String populationMismatches,
      Dossier.ResultType resultType,
      String resultSummary,
      Instant resultDeliveredAt,
      Integer rating,
      Channel ratingChannel) {

    static DossierView of(Dossier d) {
      return new DossierView(
          d.getCode(),
          d.getProcedureCode(),
          d.getProcedureVersion(),
          d.getProcedureName(),
          d.getReceivingCommuneId(),
          d.getCompetentCommuneId(),
          d.getChannel(),
          d.getServiceLevel(),
          d.getApplicantPersonalId(),
          d.getApplicantName(),
          d.getApplicantPhone(),
          d.getApplicantAddress(),
          d.getStatus().code(),
          d.getStatus().label(),
          d.getSubmittedAt(),
          d.getReceivedAt(),
          d.getAppointmentAt(),
          d.getOriginalAppointmentAt(),
          d.getProcessedAt(),
          d.getReturnedAt(),
          d.getFee(),
          d.getPaidAt(),
          d.getSupplementRounds(),
          d.getSupplementRequest(),
          d.getApologyReason(),
          d.getPopulationMismatches(),
          d.getResultType(),
          d.getResultSummary(),
          d.getResultDeliveredAt(),
          d.getRating(),
          d.getRatingChannel());
    }
  }

  /**
   * For anyone with the code and the applicant's four digits: nothing personal. Times in Vietnam
   * time with their offset ({@code 2026-11-23T14:30:00+07:00}), as a citizen reads them; the steps
   * so far are the status changes only (no names, no reasons).
   */
  record PublicView(
      String code,
      String procedureName,
      int statusCode,
      String statusName,
      java.time.OffsetDateTime receivedAt,
      java.time.OffsetDateTime appointmentAt,
      java.time.OffsetDateTime returnedAt,
      List<PublicStep> steps) {
    static PublicView of(Dossier d, List<DossierHistoryEntry> history, java.time.ZoneId zone) {
      List<PublicStep> steps = new java.util.ArrayList<>();
      for (DossierHistoryEntry h : history) {
        // a status entered again right after itself (logged by two steps) is one step for the citizen
        if (h.getToStatus() != null && (steps.isEmpty() || steps.get(steps.size() - 1).statusCode() != h.getToStatus().code())) {
          steps.add(new PublicStep(local(h.getAt(), zone), h.getToStatus().code(), h.getToStatus().label()));
        }
      }
      return new PublicView(
          d.getCode(), d.getProcedureName(), d.getStatus().code(), d.getStatus().label(),
          local(d.getReceivedAt(), zone), local(d.getAppointmentAt(), zone), local(d.getReturnedAt(), zone), List.copyOf(steps));
    }

    private static java.time.OffsetDateTime local(Instant at, java.time.ZoneId zone) {
      return at == null ? null : at.atZone(zone).toOffsetDateTime();
    }
  }

  /** One status change as the public sees it: when, and the status reached. */
  record PublicStep(java.time.OffsetDateTime at, int statusCode, String statusName) {}

  record Created(String code, int statusCode, String statusName) {}

  record ComponentView(Long id, String componentCode, String name, String source, String fileName, String contentType, Long size, String sha256, Instant addedAt) {
    static ComponentView of(DossierComponent c) {
      return new ComponentView(
          c.getId(), c.getComponentCode(), c.getName(), c.getSource().label(), c.getFileName(), c.getContentType(), c.getSize(), c.getSha256(), c.getAddedAt());
    }
  }

  record NationalDataView(String componentCode, String source, String sourceName, String personRole, Instant fetchedAt, com.fasterxml.jackson.databind.JsonNode data) {
    static NationalDataView of(DossierNationalData d, com.fasterxml.jackson.databind.ObjectMapper json) {
      com.fasterxml.jackson.databind.JsonNode data;
      try {
        data = d.getData() == null ? null : json.readTree(d.getData());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        data = null;
      }
      String name = switch (d.getSource()) {
        case "CSDL_DAN_CU" -> "Cơ sở dữ liệu quốc gia về dân cư";
        case "CSDL_HO_TICH" -> "Cơ sở dữ liệu hộ tịch điện tử";
        default -> d.getSource();
      };
      return new NationalDataView(d.getComponentCode(), d.getSource(), name, d.getPersonRole(), d.getFetchedAt(), data);
    }
  }

  /** A document issued for a dossier; {@code signature} only for a signed PDF. */
  record DocumentView(
      Long id, String type, String title, String fileName, String mediaType, String sha256, long size, Instant issuedAt,
      String issuedBy, SignatureVerification.Summary signature) {
    static DocumentView of(DossierDocument d, SignatureVerification.Summary signature) {
      return new DocumentView(
          d.getId(), d.getType().name(), d.getType().title(), d.getFileName(), DossierService.mediaType(d), d.getSha256(),
          d.getSize(), d.getIssuedAt(), d.getIssuedBy(), signature);
    }
  }

  record HistoryView(Instant at, String actor, String action, Integer fromStatus, Integer toStatus, String step, String message, String reason) {
    static HistoryView of(DossierHistoryEntry h) {
      return new HistoryView(
          h.getAt(),
          h.getActor(),
          h.getAction(),
          h.getFromStatus() == null ? null : h.getFromStatus().code(),
          h.getToStatus() == null ? null : h.getToStatus().code(),
          h.getStep(),
          h.getMessage(),
          h.getReason());
    }
  }

  record Withdrawal(String reason) {}

  record Payment(String paymentId, Long amount) {}

  /** The answer to the payment platform's callback: the same for every report of one transaction. */
  record PaymentConfirmation(String code, String paymentId, long amount, java.time.Instant paidAt, Long receiptDocumentId) {}

  /** {@code consultationId}: the LGSP id of the consultation answered (optional while only one is waiting). */
  record ConsultationAnswer(String agency, String answer, String consultationId) {}

  record Rating(Integer level, String comment) {}
}
