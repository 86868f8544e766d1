package vn.gov.commune.integration;

/**
 * What the product sends to the remote signing service (ký số từ xa): never the document, only the
 * SHA-256 (hex) of what is to be signed (for a PDF, its signed byte range), and who signs. The
 * service holds the signer's key; the signer's full name and commune go into the certificate it
 * issues the first time the signer signs.
 */
public record SigningRequest(
    String dossierCode, String signerUserId, String signerName, String signerCommune, String documentSha256) {}
