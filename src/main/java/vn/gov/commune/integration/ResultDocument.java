package vn.gov.commune.integration;

/**
 * An electronic result handed to the citizen's data store (Kho quản lý dữ liệu điện tử): the signed
 * file itself (base64 in {@code content}), its name, media type and hex SHA-256.
 */
public record ResultDocument(
    String personalId,
    String dossierCode,
    String title,
    String sha256,
    String signatureId,
    String fileName,
    String mediaType,
    String content) {}
