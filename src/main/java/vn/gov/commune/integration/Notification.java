package vn.gov.commune.integration;

/** A message to a citizen's VNeID app. */
public record Notification(String personalId, String dossierCode, String title, String message) {}
