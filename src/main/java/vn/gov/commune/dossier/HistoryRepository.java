package vn.gov.commune.dossier;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HistoryRepository extends JpaRepository<DossierHistoryEntry, Long> {
  List<DossierHistoryEntry> findByDossierCodeOrderById(String dossierCode);
}
