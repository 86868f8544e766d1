package vn.gov.commune.security;

import java.util.LinkedHashMap;
import java.util.Map;

/** The roles of the product, each a Camunda group; a user's commune is its tenant membership. */
public final class Roles {

  /** Cán bộ một cửa: receives dossiers, returns results. */
  public static final String CLERK = "clerk";
  /** Chuyên viên: reviews dossiers, carries out plan tasks. */
  public static final String SPECIALIST = "specialist";
  /** Lãnh đạo: approves and signs. */
  public static final String LEADER = "leader";
  /** Trưởng phòng: head of a unit, assigns plan tasks and accepts their results. */
  public static final String UNIT_HEAD = "unit-head";
  /** Thường trực Ban Chỉ đạo: receives plan reports and escalations. */
  public static final String STEERING_OFFICE = "steering-office";
  /** Giám sát: watches progress in Cockpit and the dashboards. */
  public static final String SUPERVISOR = "supervisor";
  /**
   * Cổng Dịch vụ công: the system account of the national portal (and the platforms relaying through
   * it: payment, LGSP), which submits online dossiers and passes on the citizen's actions. Not a person.
   */
  public static final String PORTAL = "portal";
  /** Quản trị hệ thống: Camunda's built-in administrators group (all communes, all rights). */
  public static final String ADMIN = "camunda-admin";

  /** Group id → Vietnamese display name, in the order shown to users. */
  public static final Map<String, String> NAMES;

  static {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(CLERK, "Cán bộ một cửa");
    names.put(SPECIALIST, "Chuyên viên");
    names.put(LEADER, "Lãnh đạo (phê duyệt, ký số)");
    names.put(UNIT_HEAD, "Trưởng phòng");
    names.put(STEERING_OFFICE, "Thường trực Ban Chỉ đạo");
    names.put(SUPERVISOR, "Giám sát");
    names.put(PORTAL, "Cổng Dịch vụ công (tài khoản hệ thống)");
    names.put(ADMIN, "Quản trị hệ thống");
    NAMES = java.util.Collections.unmodifiableMap(names);
  }

  private Roles() {}
}
