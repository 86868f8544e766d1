package vn.gov.commune.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.engine.SystemCalls;
import vn.gov.commune.security.Roles;

/**
 * Who signs a paper: the officer's full name from the Camunda identity (first and last name, as
 * Vietnamese names are written) and the position from the organisation data (the role's title and
 * the unit the officer belongs to), instead of the login id.
 */
@Component
public class StaffDirectory {

  /** The title printed under a signature, per role, the most senior first. */
  private static final Map<String, String> TITLES =
      Map.of(
          Roles.LEADER, "Lãnh đạo Ủy ban nhân dân",
          Roles.UNIT_HEAD, "Trưởng phòng",
          Roles.STEERING_OFFICE, "Thường trực Ban Chỉ đạo",
          Roles.SPECIALIST, "Chuyên viên",
          Roles.CLERK, "Công chức Bộ phận Một cửa",
          Roles.SUPERVISOR, "Cán bộ giám sát",
          Roles.ADMIN, "Quản trị hệ thống");

  private static final List<String> SENIORITY =
      List.of(Roles.LEADER, Roles.UNIT_HEAD, Roles.STEERING_OFFICE, Roles.SPECIALIST, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN);

  /**
   * @param fullName e.g. "Nguyễn Thị Hoa"
   * @param position e.g. "Công chức Bộ phận Một cửa, Trung tâm Phục vụ hành chính công"; empty when unknown
   */
  public record Staff(String userId, String fullName, String position) {}

  private final IdentityService identity;
  private final CommuneRepository communes;

  public StaffDirectory(IdentityService identity, CommuneRepository communes) {
    this.identity = identity;
    this.communes = communes;
  }

  /** The officer behind a login id; empty for an unknown id (a system actor, a blank). */
  @Transactional(readOnly = true)
  public Optional<Staff> find(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    return SystemCalls.asSystem(identity, () -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        return Optional.<Staff>empty();
      }
      String name = String.join(" ", nonBlank(user.getFirstName()), nonBlank(user.getLastName())).strip();
      List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      String title = SENIORITY.stream().filter(groups::contains).findFirst().map(TITLES::get).orElse("");
      String unit = communes.findAll().stream()
          .flatMap(commune -> commune.getUnits().stream())
          .filter(u -> u.getMembers().contains(userId))
          .map(OrgUnit::getName)
          .findFirst()
          .orElse("");
      String position = title.isEmpty() ? unit : unit.isEmpty() ? title : title + ", " + unit;
      return Optional.of(new Staff(userId, name.isEmpty() ? userId : name, position));
    });
  }

  /** The full name for a login id, or the id itself when it names no officer. */
  public String fullName(String userId) {
    return find(userId).map(Staff::fullName).orElse(userId == null ? "" : userId);
  }

  /**
   * How a form names an officer: "Trần Văn Minh — Chuyên viên, Phòng Văn hóa - Xã hội" (full name, then
   * position when known); the login id itself when it names no officer.
   */
  public String nameAndPosition(String userId) {
    return find(userId)
        .map(officer -> officer.position().isEmpty() ? officer.fullName() : officer.fullName() + " — " + officer.position())
        .orElse(userId == null ? "" : userId);
  }

  private static String nonBlank(String text) {
    return text == null ? "" : text.strip();
  }
}
