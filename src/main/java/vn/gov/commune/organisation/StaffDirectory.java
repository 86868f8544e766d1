package vn.gov.commune.organisation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.engine.SystemCalls;
import vn.gov.commune.security.Roles;

/**
 * Who signs a paper: the officer's full name from the Camunda identity (first and last name, as
 * Vietnamese names are written) and the position, instead of the login id. The position is the one
 * an administrator set ({@code PUT /api/admin/staff/{userId}/position}, kept as the Camunda user info
 * {@value #POSITION_KEY}); without one it is derived from the organisation data (the role's title and
 * the unit the officer belongs to).
 *
 * <p>An officer found is remembered for {@code app.staff.remember-for} (one minute by default; 0: not
 * at all): a dossier names its clerk, specialist and leader on several papers and forms, and each
 * lookup is four queries (user, groups, unit, position). A position set here is seen at once on this
 * node; a change made elsewhere (Camunda Admin: name, groups; another node) within that time. An
 * unknown login id is not remembered.
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

  /** The Camunda user info key of a position set by an administrator. */
  public static final String POSITION_KEY = "commune.position";

  /** The longest position accepted (it is printed under a signature). */
  public static final int POSITION_MAX_LENGTH = 150;

  private static final List<String> SENIORITY =
      List.of(Roles.LEADER, Roles.UNIT_HEAD, Roles.STEERING_OFFICE, Roles.SPECIALIST, Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN);

  /**
   * @param fullName e.g. "Nguyễn Thị Hoa"
   * @param position e.g. "Công chức Bộ phận Một cửa, Trung tâm Phục vụ hành chính công"; empty when unknown
   */
  public record Staff(String userId, String fullName, String position) {}

  private record Remembered(Staff staff, long foundAtNanos) {}

  private final IdentityService identity;
  private final CommuneRepository communes;
  private final long rememberForNanos;
  private final LongSupplier nanoClock;
  private final Map<String, Remembered> found = new ConcurrentHashMap<>();

  @Autowired
  public StaffDirectory(IdentityService identity, CommuneRepository communes, @Value("${app.staff.remember-for:1m}") Duration rememberFor) {
    this(identity, communes, rememberFor, System::nanoTime);
  }

  /** @param nanoClock {@link System#nanoTime} but in tests */
  StaffDirectory(IdentityService identity, CommuneRepository communes, Duration rememberFor, LongSupplier nanoClock) {
    this.identity = identity;
    this.communes = communes;
    this.rememberForNanos = rememberFor.toNanos();
    this.nanoClock = nanoClock;
  }

  /** The officer behind a login id; empty for an unknown id (a system actor, a blank). */
  @Transactional(readOnly = true)
  public Optional<Staff> find(String userId) {
    if (userId == null || userId.isBlank()) {
      return Optional.empty();
    }
    Remembered remembered = found.get(userId);
    long now = nanoClock.getAsLong();
    if (remembered != null && now - remembered.foundAtNanos() < rememberForNanos) {
      return Optional.of(remembered.staff());
    }
    Optional<Staff> staff = lookUp(userId);
    staff.ifPresentOrElse(s -> found.put(userId, new Remembered(s, now)), () -> found.remove(userId));
    return staff;
  }

  private Optional<Staff> lookUp(String userId) {
    return SystemCalls.asSystem(identity, () -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        return Optional.<Staff>empty();
      }
      String name = String.join(" ", nonBlank(user.getFirstName()), nonBlank(user.getLastName())).strip();
      List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      String title = SENIORITY.stream().filter(groups::contains).findFirst().map(TITLES::get).orElse("");
      String unit = communes.unitNamesOf(userId).stream().findFirst().orElse("");
      String derived = title.isEmpty() ? unit : unit.isEmpty() ? title : title + ", " + unit;
      String set = identity.getUserInfo(userId, POSITION_KEY);
      String position = set == null || set.isBlank() ? derived : set.strip();
      return Optional.of(new Staff(userId, name.isEmpty() ? userId : name, position));
    });
  }

  /**
   * Sets the position printed for {@code userId} (an administrator's correction of the derived one);
   * a blank position goes back to the derived one. The caller checks that the user exists.
   */
  public void setPosition(String userId, String position) {
    SystemCalls.asSystem(identity, () -> {
      if (position == null || position.isBlank()) {
        identity.deleteUserInfo(userId, POSITION_KEY);
      } else {
        identity.setUserInfo(userId, POSITION_KEY, position.strip());
      }
      return null;
    });
    found.remove(userId); // the change is committed by now: no caller runs this inside a transaction of its own
  }

  /** Whether an administrator set the position of {@code userId} (else it is derived). */
  public boolean positionIsSet(String userId) {
    return SystemCalls.asSystem(identity, () -> {
      String set = identity.getUserInfo(userId, POSITION_KEY);
      return set != null && !set.isBlank();
    });
  }

  /** The full name for a login id, or the id itself when it names no officer. */
  @Transactional(readOnly = true)
  public String fullName(String userId) {
    return find(userId).map(Staff::fullName).orElse(userId == null ? "" : userId);
  }

  /**
   * How a form names an officer: "Trần Văn Minh — Chuyên viên, Phòng Văn hóa - Xã hội" (full name, then
   * position when known); the login id itself when it names no officer.
   */
  @Transactional(readOnly = true)
  public String nameAndPosition(String userId) {
    return find(userId)
        .map(officer -> officer.position().isEmpty() ? officer.fullName() : officer.fullName() + " — " + officer.position())
        .orElse(userId == null ? "" : userId);
  }

  /**
   * {@link #nameAndPosition} of the logged-in user, for a model's listener that records who did a step
   * (e.g. who compared a copy with its original in certify-copy), never what a form sent; empty without one.
   */
  @Transactional(readOnly = true)
  public String currentNameAndPosition() {
    org.camunda.bpm.engine.impl.identity.Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? "" : nameAndPosition(authentication.getUserId());
  }

  private static String nonBlank(String text) {
    return text == null ? "" : text.strip();
  }
}
