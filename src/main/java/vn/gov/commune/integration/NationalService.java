package vn.gov.commune.integration;

import java.util.Arrays;
import java.util.Optional;

/**
 * The national (and provincial) services the product talks to. The id names the settings
 * ({@code app.integration.{id}.*}, {@code app.simulators.{id}.*}) and the simulator's path
 * ({@code /sim/{id}/...}); the name is what users and error messages see.
 */
public enum NationalService {
  DVCQG("dvcqg", "Cổng Dịch vụ công quốc gia"),
  POPULATION("population", "Cơ sở dữ liệu quốc gia về dân cư"),
  CIVIL_STATUS("civil-status", "Cơ sở dữ liệu hộ tịch điện tử"),
  PAYMENT("payment", "Nền tảng thanh toán trực tuyến"),
  DATASTORE("datastore", "Kho quản lý dữ liệu điện tử của công dân"),
  VNEID("vneid", "Ứng dụng định danh điện tử VNeID"),
  SIGNING("signing", "Dịch vụ ký số"),
  LGSP("lgsp", "Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)"),
  DASHBOARD("dashboard", "Hệ thống thông tin điều hành của Ban Chỉ đạo tỉnh");

  private final String id;
  private final String displayName;

  NationalService(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  /** Vietnamese name, e.g. "Cổng Dịch vụ công quốc gia". */
  public String displayName() {
    return displayName;
  }

  public static Optional<NationalService> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
