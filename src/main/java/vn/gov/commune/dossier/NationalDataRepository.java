package vn.gov.commune.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NationalDataRepository extends JpaRepository<DossierNationalData, Long> {
  List<DossierNationalData> findByDossierCodeOrderById(String dossierCode);

  void deleteByDossierCode(String dossierCode);
}
