package vn.gov.commune.integration;

/** The data store's id of a stored result. */
public record StoredResult(String storedId) {}
