package vn.gov.commune.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.commune.support.IntegrationTest;
import vn.gov.commune.web.ApiException;

/**
 * Issue 15: a dossier's steps ask the catalogue for their dossier's procedure version about ten times
 * per dossier. A stored version never changes, so it is read from the database once and then served
 * from memory, components included; an unknown version is still refused every time.
 */
@IntegrationTest
class ProcedureVersionsReadOnceTest {

  static final String BIRTH = "1.001193";

  @Autowired ProcedureCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  String originalName;
  int version;

  @AfterEach
  void restore() {
    if (originalName != null) {
      vn.gov.commune.support.CommittedJdbc.update(jdbc, transactions, "UPDATE procedure_version SET name = ? WHERE code = ? AND procedure_version_no = ?", originalName, BIRTH, version);
    }
    catalogue.forgetReadVersions();
  }

  @Test
  void aStoredVersionIsReadOnceWithItsComponentsAndAnUnknownOneIsRefusedEachTime() {
    catalogue.forgetReadVersions();
    version = catalogue.require(BIRTH).getVersion();
    Procedure first = catalogue.require(BIRTH, version);
    originalName = first.getName();
    // the row changes under the catalogue (the product never does this): a second database read would show it
    vn.gov.commune.support.CommittedJdbc.update(jdbc, transactions, "UPDATE procedure_version SET name = ? WHERE code = ? AND procedure_version_no = ?", "Tên đã sửa", BIRTH, version);
    Procedure again = catalogue.require(BIRTH, version);
    assertThat(again).isSameAs(first);
    assertThat(again.getName()).isEqualTo(originalName);
    assertThat(again.getComponents()).isNotEmpty(); // loaded with it, readable outside any session

    catalogue.forgetReadVersions();
    assertThat(catalogue.require(BIRTH, version).getName()).isEqualTo("Tên đã sửa");

    assertThatThrownBy(() -> catalogue.require(BIRTH, 999))
        .isInstanceOf(ApiException.class)
        .hasMessage("Không tìm thấy phiên bản 999 của thủ tục hành chính có mã '" + BIRTH + "' trong danh mục.");
    assertThatThrownBy(() -> catalogue.require(BIRTH, 999)).isInstanceOf(ApiException.class);
  }
}
