package vn.gov.commune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A clerk whose browser is set to English logs in to Tasklist and gets its menus in Vietnamese; so do
 * the supervisor in Cockpit and the administrator in Admin. Screenshots of the three apps.
 */
@BrowserTest
class TasklistLanguageTest extends BrowserSession {


  @Test
  void clerkWithAnEnglishBrowserGetsVietnameseMenusInTasklist() {
    assertThat(browser.script("return navigator.language")).isEqualTo("en-US");
    browser.logOut();
    browser.go(Tasklist.PATH);
    browser.waitForText("Đăng nhập");
    assertThat(browser.text()).doesNotContain("Sign in", "Username", "Password");

    tasklist.logIn(Tasklist.CLERK);
    browser.waitForText("Khởi tạo quy trình", "Việc của tôi", "Việc của nhóm tôi");
    browser.click("Việc của nhóm tôi");
    browser.waitForText("Chọn một công việc trong danh sách.");
    browser.shot("tasklist-task-list");
    assertThat(browser.text())
        .doesNotContain("Start process", "My Tasks", "My Group Tasks", "Create a filter", "Claim", "Due in", "Created");
  }

  @Test
  void supervisorSeesTheCockpitDashboardInVietnamese() {
    browser.logIn("cockpit", "sathay.supervisor");
    browser.waitForText("Quy trình", "Quyết định", "Hiện tại", "Phiên quy trình đang chạy", "Sự cố đang mở",
        "Công việc đang mở", "Đã triển khai", "Định nghĩa quy trình");
    browser.shot("cockpit-dashboard");
    assertThat(browser.text()).doesNotContain("Processes", "Decisions", "Running Process Instances", "Open Incidents",
        "Open Human Tasks", "Deployed", "Process Definitions");
  }

  @Test
  void administratorSeesAdminInVietnamese() {
    browser.logIn("admin", "demo");
    browser.waitForText("Người dùng", "Nhóm", "Phân quyền", "Hệ thống", "Tạo người dùng mới");
    browser.shot("admin-dashboard");
    assertThat(browser.text()).doesNotContain("Users", "Groups", "Authorizations", "Tenants", "System", "Create new user");
  }
}
