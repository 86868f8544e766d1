package vn.gov.commune.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryRepository extends JpaRepository<DossierHistoryEntry, Long> {
  List<DossierHistoryEntry> findByDossierCodeOrderById(String dossierCode);
}
