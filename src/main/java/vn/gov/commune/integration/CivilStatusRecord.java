package vn.gov.commune.integration;

import java.time.LocalDate;
import java.util.List;

/**
 * What the electronic civil-status database (CSDL hộ tịch điện tử) holds about one person: the
 * marital status it records, the person's own birth record and the marriages the person is a party to.
 *
 * @param maritalStatus "Chưa kết hôn", "Đã kết hôn", "Ly hôn" or "Góa"
 * @param birth the person's birth record, or null when the database has none
 */
public record CivilStatusRecord(String personalId, String maritalStatus, BirthRecord birth, List<MarriageRecord> marriages) {

  public CivilStatusRecord {
    marriages = marriages == null ? List.of() : List.copyOf(marriages);
  }

  /**
   * A birth registration (đăng ký khai sinh).
   *
   * @param extractNumber the number of the extract (số trích lục)
   * @param registeredAt the registering authority (nơi đăng ký)
   */
  public record BirthRecord(
      String extractNumber,
      LocalDate registeredOn,
      String registeredAt,
      String childName,
      LocalDate childDateOfBirth,
      String fatherPersonalId,
      String motherPersonalId) {}

  /** A marriage registration (đăng ký kết hôn). */
  public record MarriageRecord(
      String extractNumber,
      LocalDate registeredOn,
      String registeredAt,
      String husbandPersonalId,
      String husbandName,
      String wifePersonalId,
      String wifeName) {}
}
