package vn.gov.commune.dossier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.commune.digitisation.DigitisationRecord;
import vn.gov.commune.digitisation.TextFolding;
import vn.gov.commune.security.CurrentUser;

/**
 * Finds dossiers by the words of their digitised components, with or without Vietnamese diacritics
 * ("đăng ký khai sinh" = "dang ky khai sinh"): every word of the query must occur in one component's
 * folded text (a LIKE per word; enough at commune scale, a full-text index is the next step). Only
 * dossiers the user may see: an administrator all, others those their communes receive or handle
 * (the rule of DossierActions.canSee; the portal account does not search).
 */
@Service
class DossierSearch {

  static final int MAX_WORDS = 10;
  static final int MAX_ROWS = 500;

  /** One dossier found, with the components that matched and a snippet of the first. */
  public record Hit(
      String code,
      String procedureCode,
      String procedureName,
      String status,
      String statusName,
      String receivingCommuneId,
      String competentCommuneId,
      List<String> components,
      String snippet) {}

  private final EntityManager entities;

  public DossierSearch(EntityManager entities) {
    this.entities = entities;
  }

  @Transactional(readOnly = true)
  public List<Hit> search(CurrentUser user, String query, int limit) {
    List<String> words = TextFolding.words(query == null ? "" : query);
    if (words.isEmpty()) {
      return List.of();
    }
    if (words.size() > MAX_WORDS) {
      words = words.subList(0, MAX_WORDS);
    }
    boolean all = user.isAdmin();
    if (!all && user.tenantIds().isEmpty()) {
      return List.of();
    }
    StringBuilder jpql =
        new StringBuilder("select r, d from DigitisationRecord r, Dossier d where r.kind = :kind and d.code = r.dossierCode");
    for (int i = 0; i < words.size(); i++) {
      jpql.append(" and r.folded like :w").append(i);
    }
    if (!all) {
      jpql.append(" and (d.receivingCommuneId in :communes or d.competentCommuneId in :communes)");
    }
    jpql.append(" order by d.id desc, r.id");
    TypedQuery<Object[]> q = entities.createQuery(jpql.toString(), Object[].class);
    q.setParameter("kind", DigitisationRecord.Kind.COMPONENT);
    for (int i = 0; i < words.size(); i++) {
      q.setParameter("w" + i, "%" + words.get(i) + "%");
    }
    if (!all) {
      q.setParameter("communes", user.tenantIds());
    }
    q.setMaxResults(MAX_ROWS);
    Map<String, Hit> hits = new LinkedHashMap<>();
    for (Object[] row : q.getResultList()) {
      DigitisationRecord r = (DigitisationRecord) row[0];
      Dossier d = (Dossier) row[1];
      Hit hit = hits.get(d.getCode());
      if (hit == null) {
        if (hits.size() >= limit) {
          continue;
        }
        hit = new Hit(d.getCode(), d.getProcedureCode(), d.getProcedureName(), d.getStatus().name(), d.getStatus().label(),
            d.getReceivingCommuneId(), d.getCompetentCommuneId(), new ArrayList<>(), snippet(r, words.get(0)));
        hits.put(d.getCode(), hit);
      }
      if (!hit.components().contains(r.getComponentCode())) {
        hit.components().add(r.getComponentCode());
      }
    }
    return List.copyOf(hits.values());
  }

  /** About 200 characters of the original text around the first occurrence of {@code word}. */
  static String snippet(DigitisationRecord r, String word) {
    String text = r.getText() == null ? "" : r.getText();
    String folded = r.getFolded() == null ? "" : r.getFolded();
    int at = Math.max(0, folded.indexOf(word));
    int from = Math.max(0, at - 60);
    int to = Math.min(text.length(), at + 140);
    String cut = text.substring(Math.min(from, text.length()), to).replaceAll("\\s+", " ").strip();
    return (from > 0 ? "…" : "") + cut + (to < text.length() ? "…" : "");
  }
}
