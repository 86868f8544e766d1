package vn.gov.commune.integration;

/** The platform's id of a consultation; the answer comes back to {@code POST /api/dossiers/{code}/consultation-answer}. */
public record ConsultationReceipt(String consultationId) {}
