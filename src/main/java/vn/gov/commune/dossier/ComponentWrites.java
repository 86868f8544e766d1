package vn.gov.commune.dossier;

/**
 * How a component is saved or removed ({@link ComponentRepository}): with the component, the dossier's
 * {@code reused} column (V16) is kept, so that the reports count "data entered once" from the dossier
 * table alone. Every change of a component goes through these two methods.
 */
interface ComponentWrites<T extends DossierComponent> {

  <S extends T> S save(S component);

  void delete(T component);
}
