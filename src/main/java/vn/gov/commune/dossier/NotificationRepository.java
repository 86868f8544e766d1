package vn.gov.commune.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<DossierNotification, Long> {
  List<DossierNotification> findByDossierCodeOrderById(String dossierCode);

  @Query("select n from DossierNotification n where n.communeId in :communes and n.groupId in :groups order by n.id desc")
  List<DossierNotification> findFor(@Param("communes") List<String> communes, @Param("groups") List<String> groups);
}
