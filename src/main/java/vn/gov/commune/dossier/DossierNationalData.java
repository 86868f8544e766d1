package vn.gov.commune.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Data a national database holds about one person of the dossier, fetched for one component
 * (once-only): which database (CSDL_DAN_CU, CSDL_HO_TICH), whose data (APPLICANT, SPOUSE, CHILD),
 * when, and what it answered (JSON). A new look-up (e.g. after the ID was corrected) replaces it.
 */
@Entity
@Table(name = "dossier_national_data", indexes = @Index(name = "ix_national_data_dossier", columnList = "dossier_code"))
public class DossierNationalData {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dossier_code", nullable = false, updatable = false, length = 40)
  private String dossierCode;

  @Column(name = "component_code", nullable = false, updatable = false, length = 40)
  private String componentCode;

  @Column(nullable = false, updatable = false, length = 32)
  private String source;

  @Column(name = "person_role", nullable = false, updatable = false, length = 16)
  private String personRole;

  @Column(name = "fetched_at", nullable = false, updatable = false)
  private Instant fetchedAt;

  @Lob
  @Column(columnDefinition = "TEXT", updatable = false)
  private String data;

  protected DossierNationalData() {}

  public DossierNationalData(String dossierCode, String componentCode, String source, String personRole, Instant fetchedAt, String data) {
    this.dossierCode = dossierCode;
    this.componentCode = componentCode;
    this.source = source;
    this.personRole = personRole;
    this.fetchedAt = fetchedAt;
    this.data = data;
  }

  public Long getId() { return id; }
  public String getDossierCode() { return dossierCode; }
  public String getComponentCode() { return componentCode; }
  public String getSource() { return source; }
  public String getPersonRole() { return personRole; }
  public Instant getFetchedAt() { return fetchedAt; }
  public String getData() { return data; }
}
