package vn.gov.commune.dossier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves or removes a component and keeps its dossier's {@code reused} flag: set when a component comes
 * from a national database or the data store; recounted when a component that came from there is
 * removed or now comes from elsewhere (e.g. the national database could not give it: the citizen hands
 * in the paper). A component saved from elsewhere that never came from there changes nothing.
 */
class ComponentWritesImpl implements ComponentWrites<DossierComponent> {

  private static final String RECOUNT =
      "update dossier set reused = case when exists (select 1 from dossier_component k where k.dossier_code = :code"
          + " and k.source in ('NATIONAL_DATA', 'DATA_STORE')) then true else false end where code = :code";

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional
  public <S extends DossierComponent> S save(S component) {
    S saved;
    if (component.getId() == null) {
      em.persist(component);
      saved = component;
    } else {
      saved = em.merge(component);
    }
    if (saved.getSource().reused()) {
      em.createNativeQuery("update dossier set reused = true where code = :code and reused = false")
          .setParameter("code", saved.getDossierCode())
          .executeUpdate();
    } else if (saved.flaggedSource() != null && saved.flaggedSource().reused()) {
      recount(saved.getDossierCode());
    }
    saved.sourceAccountedFor();
    if (saved != component) {
      component.sourceAccountedFor();
    }
    return saved;
  }

  @Override
  @Transactional
  public void delete(DossierComponent component) {
    if (component.getId() == null) {
      return;
    }
    DossierComponent managed = em.contains(component) ? component : em.find(DossierComponent.class, component.getId());
    if (managed == null) {
      return;
    }
    String code = managed.getDossierCode();
    em.remove(managed);
    recount(code);
  }

  private void recount(String dossierCode) {
    em.flush();
    em.createNativeQuery(RECOUNT).setParameter("code", dossierCode).executeUpdate();
  }
}
