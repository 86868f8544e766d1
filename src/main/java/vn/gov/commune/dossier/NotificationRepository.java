package vn.gov.commune.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<DossierNotification, Long> {
  List<DossierNotification> findByDossierCodeOrderById(String dossierCode);

  /** What a user sees: notices to one of their groups in their communes, and notices addressed to them. */
  @Query("select n from DossierNotification n where n.communeId in :communes"
      + " and ((n.userId is null and n.groupId in :groups) or n.userId = :user) order by n.id desc")
  List<DossierNotification> findFor(
      @Param("communes") List<String> communes, @Param("groups") List<String> groups, @Param("user") String user);
}
