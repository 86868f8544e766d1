package vn.gov.commune.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.commune.security.Roles;
import vn.gov.commune.support.IntegrationTest;
import vn.gov.commune.support.TestUsers;

/**
 * {@link StaffDirectory} keeps an officer it found for a while (a dossier names the same clerk,
 * specialist and leader on several papers): a rename in Camunda Admin shows once that time is over,
 * a position an administrator sets through the product at once, and an unknown login id is looked
 * up again every time, so a user created meanwhile is found.
 */
@IntegrationTest
class StaffDirectoryRememberingTest {

  static final String USER = "sathay.remembered";

  @Autowired IdentityService identity;
  @Autowired CommuneRepository communes;
  @Autowired StaffDirectory directory;

  final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  @BeforeEach
  void createOfficer() {
    deleteOfficer();
    TestUsers.create(identity, USER, "Lê Thị", "Nhớ", Roles.SPECIALIST);
  }

  @AfterEach
  void deleteOfficer() {
    if (identity.createUserQuery().userId(USER).count() > 0) {
      identity.deleteUser(USER);
    }
  }

  StaffDirectory rememberingFor(Duration time) {
    return new StaffDirectory(identity, communes, time, nanos::get);
  }

  void rename(String lastName) {
    User user = identity.createUserQuery().userId(USER).singleResult();
    user.setLastName(lastName);
    identity.saveUser(user);
  }

  @Test
  void aRenameInCamundaAdminShowsOnceTheRememberedTimeIsOver() {
    StaffDirectory staff = rememberingFor(Duration.ofMinutes(1));
    assertThat(staff.nameAndPosition(USER)).isEqualTo("Lê Thị Nhớ — Chuyên viên");

    rename("Mới");
    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(staff.fullName(USER)).isEqualTo("Lê Thị Nhớ");

    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(staff.fullName(USER)).isEqualTo("Lê Thị Mới");
  }

  @Test
  void withoutRememberingEveryLookupReadsTheIdentityAgain() {
    StaffDirectory staff = rememberingFor(Duration.ZERO);
    assertThat(staff.fullName(USER)).isEqualTo("Lê Thị Nhớ");
    rename("Mới");
    assertThat(staff.fullName(USER)).isEqualTo("Lê Thị Mới");
  }

  @Test
  void aPositionSetThroughTheProductShowsAtOnceAndSoDoesGoingBack() {
    StaffDirectory staff = rememberingFor(Duration.ofMinutes(1));
    assertThat(staff.find(USER)).get().extracting(StaffDirectory.Staff::position).isEqualTo("Chuyên viên");

    staff.setPosition(USER, "Công chức Tư pháp - Hộ tịch");
    assertThat(staff.nameAndPosition(USER)).isEqualTo("Lê Thị Nhớ — Công chức Tư pháp - Hộ tịch");

    staff.setPosition(USER, null);
    assertThat(staff.nameAndPosition(USER)).isEqualTo("Lê Thị Nhớ — Chuyên viên");
  }

  @Test
  void anUnknownLoginIdIsNotRememberedSoAUserCreatedLaterIsFound() {
    StaffDirectory staff = rememberingFor(Duration.ofMinutes(1));
    String later = "sathay.later";
    try {
      assertThat(staff.find(later)).isEmpty();
      assertThat(staff.fullName(later)).isEqualTo(later);
      TestUsers.create(identity, later, "Phạm Văn", "Sau");
      assertThat(staff.fullName(later)).isEqualTo("Phạm Văn Sau");
    } finally {
      if (identity.createUserQuery().userId(later).count() > 0) {
        identity.deleteUser(later);
      }
    }
  }

  @Test
  void theProductsDirectoryRemembersForAMinuteByDefault() {
    assertThat(directory.nameAndPosition(USER)).isEqualTo("Lê Thị Nhớ — Chuyên viên");
    rename("Mới");
    assertThat(directory.fullName(USER)).isEqualTo("Lê Thị Nhớ");
    directory.setPosition(USER, null); // what an administrator's change through the product does
    assertThat(directory.fullName(USER)).isEqualTo("Lê Thị Mới");
  }
}
