package vn.gov.commune.integration;

import java.time.LocalDate;

/**
 * A citizen as the national population database (CSDL quốc gia về dân cư) knows them.
 *
 * @param gender "Nam" or "Nữ"
 * @param maritalStatus as the database records it: "Chưa kết hôn", "Đã kết hôn", "Ly hôn", "Góa"
 */
public record CitizenRecord(
    String personalId,
    String fullName,
    LocalDate dateOfBirth,
    String gender,
    String placeOfOrigin,
    String permanentAddress,
    String ethnicity,
    String nationality,
    String maritalStatus) {}
