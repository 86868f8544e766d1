package vn.gov.commune.integration;

/** Request to the payment platform: what the citizen is asked to pay, in VND. */
public record PaymentOrder(String dossierCode, long amount, String description) {}
