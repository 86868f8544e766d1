package vn.gov.commune.integration;

/** A document (by its hex SHA-256) to be signed with the signer's certificate. */
public record SigningRequest(String dossierCode, String signerUserId, String documentSha256) {}
