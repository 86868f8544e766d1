package vn.gov.commune.integration;

/** A question to another agency (linked one-stop, consultation through the provincial LGSP). */
public record ConsultationRequest(String dossierCode, String agency, String question) {}
