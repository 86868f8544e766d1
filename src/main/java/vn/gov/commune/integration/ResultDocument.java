package vn.gov.commune.integration;

/** An electronic result handed to the citizen's data store (Kho quản lý dữ liệu điện tử). */
public record ResultDocument(
    String personalId, String dossierCode, String title, String sha256, String signatureId) {}
