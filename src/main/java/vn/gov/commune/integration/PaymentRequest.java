package vn.gov.commune.integration;

/** A payment the platform has opened: the citizen pays at {@code payUrl}. */
public record PaymentRequest(String paymentId, String payUrl) {}
