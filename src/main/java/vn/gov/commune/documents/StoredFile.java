package vn.gov.commune.documents;

/** A file kept by {@link FileStore}: its key in the store, its checked content type and digest. */
public record StoredFile(String storageKey, String fileName, String contentType, long size, String sha256) {}
