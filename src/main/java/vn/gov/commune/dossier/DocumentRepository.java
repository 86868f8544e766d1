package vn.gov.commune.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<DossierDocument, Long> {
  List<DossierDocument> findByDossierCodeOrderById(String dossierCode);
}
