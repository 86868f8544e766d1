package vn.gov.commune.integration;

import java.time.Instant;

/**
 * One change of a dossier's status, synchronised with the national portal (TT 04/2025/TT-VPCP).
 *
 * @param statusCode DVCQG status 1..10 (1 Mới đăng ký … 10 Đã trả kết quả)
 * @param statusName its Vietnamese name
 * @param sequence increases with every change of the dossier, so the portal can order late arrivals
 */
public record StatusSync(
    String dossierCode,
    String agencyCode,
    String procedureCode,
    int statusCode,
    String statusName,
    Instant changedAt,
    int sequence,
    String note) {}
