package vn.gov.commune.organisation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.LinkedHashSet;
import java.util.Set;

/** A unit of a commune (Văn phòng HĐND và UBND, Phòng Văn hóa - Xã hội, …) and its officers. */
@Entity
@Table(name = "org_unit", uniqueConstraints = @UniqueConstraint(columnNames = {"commune_id", "code"}))
public class OrgUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @JsonIgnore
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "commune_id")
  private Commune commune;

  /** Short code unique within the commune, e.g. "VP", "VHXH". */
  @Column(nullable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  /** Camunda user ids of the unit's officers. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "org_unit_member", joinColumns = @JoinColumn(name = "unit_id"))
  @Column(name = "user_id", length = 64)
  private Set<String> members = new LinkedHashSet<>();

  protected OrgUnit() {}

  OrgUnit(Commune commune, String code, String name) {
    this.commune = commune;
    this.code = code;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Set<String> getMembers() {
    return members;
  }
}
