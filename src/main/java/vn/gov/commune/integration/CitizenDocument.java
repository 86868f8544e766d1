package vn.gov.commune.integration;

/** A document in the citizen's data store (an electronic result), as the data store lists it. */
public record CitizenDocument(String storedId, String dossierCode, String title, String sha256) {}
