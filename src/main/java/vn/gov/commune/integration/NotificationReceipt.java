package vn.gov.commune.integration;

/** VNeID's id of a delivered notification. */
public record NotificationReceipt(String notificationId) {}
