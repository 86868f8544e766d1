package vn.gov.commune.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComponentRepository extends JpaRepository<DossierComponent, Long>, ComponentWrites<DossierComponent> {
  List<DossierComponent> findByDossierCodeOrderById(String dossierCode);

  /** Saves the component and keeps its dossier's reuse flag ({@link ComponentWritesImpl}). */
  @Override
  <S extends DossierComponent> S save(S component);

  /** Removes the component and recounts its dossier's reuse flag ({@link ComponentWritesImpl}). */
  @Override
  void delete(DossierComponent component);
}
