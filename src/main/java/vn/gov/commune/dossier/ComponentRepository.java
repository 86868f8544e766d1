package vn.gov.commune.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComponentRepository extends JpaRepository<DossierComponent, Long> {
  List<DossierComponent> findByDossierCodeOrderById(String dossierCode);
}
