package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.commune.support.IntegrationTest;
import vn.gov.commune.web.ApiException;

/**
 * Issue 15 ("the dossier loaded once per transaction"): every step of an engine transaction asks
 * {@link DossierService#get} for its dossier; inside one transaction only the first call reads the
 * database, the others get the same instance from the persistence context.
 */
@IntegrationTest
class DossierLoadedOncePerTransactionTest {

  @Autowired DossierService service;
  @Autowired DossierRepository dossiers;
  @Autowired PlatformTransactionManager transactions;
  @PersistenceContext EntityManager em;

  private Dossier saved() {
    Dossier dossier = new Dossier("ONCE-" + UUID.randomUUID().toString().substring(0, 23), "1.001193", 1, "Đăng ký khai sinh",
        "sa-thay", "sa-thay", Channel.ONLINE, "FULL_ONLINE", "062095001234", "Nguyễn Văn An", Instant.now(), "portal", null);
    return dossiers.save(dossier);
  }

  @Test
  void withinOneTransactionTheDossierIsReadOnceAndLaterCallsGetTheSameInstance() {
    String code = saved().getCode();
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      Dossier first = service.get(code);
      // the row disappears under the transaction: a second read of the database would find nothing
      em.createNativeQuery("delete from dossier where code = :code").setParameter("code", code).executeUpdate();
      assertThat(service.get(code)).isSameAs(first);
      tx.setRollbackOnly();
    });
    assertThat(service.get(code).getCode()).isEqualTo(code);
    dossiers.delete(dossiers.findByCode(code).orElseThrow());
  }

  @Test
  void outsideATransactionEachCallReadsTheDatabaseAndAnUnknownCodeIsRefusedInVietnamese() {
    Dossier dossier = saved();
    assertThat(service.get(dossier.getCode()).getApplicantName()).isEqualTo("Nguyễn Văn An");
    dossiers.delete(dossiers.findByCode(dossier.getCode()).orElseThrow());
    assertThatThrownBy(() -> service.get(dossier.getCode()))
        .isInstanceOf(ApiException.class)
        .hasMessage("Không tìm thấy hồ sơ có mã " + dossier.getCode() + ".");
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      assertThatThrownBy(() -> service.get("KHONG-CO-MA")).isInstanceOf(ApiException.class)
          .hasMessage("Không tìm thấy hồ sơ có mã KHONG-CO-MA.");
      tx.setRollbackOnly(); // the refusal marked the transaction, as it does for a request
    });
  }
}
