package vn.gov.commune.organisation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A xã or phường: a Camunda tenant of the same id, with its units. */
@Entity
@Table(name = "commune")
public class Commune {

  /** Equal to the Camunda tenant id, e.g. "sa-thay". */
  @Id
  @Column(length = 64)
  private String id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 200)
  private String province;

  /** The receiving agency's electronic ID (mã định danh điện tử), the first part of dossier codes. */
  @Column(length = 64)
  private String agencyCode;

  /**
   * How many archive documents (hồ sơ, tài liệu lưu trữ) the commune declared it holds: the base of the
   * digitised share (target ≥ 30%, Kế hoạch 02-KH/BCĐTW); null until an administrator sets it.
   */
  @Column(name = "archive_declared_total")
  private Long archiveDeclaredTotal;

  @JsonIgnore
  @OneToMany(mappedBy = "commune", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("code")
  private List<OrgUnit> units = new ArrayList<>();

  protected Commune() {}

  public Commune(String id, String name, String province, String agencyCode) {
    this.id = id;
    this.name = name;
    this.province = province;
    this.agencyCode = agencyCode;
  }

  public OrgUnit addUnit(String code, String name) {
    OrgUnit unit = new OrgUnit(this, code, name);
    units.add(unit);
    return unit;
  }

  public String getId() {
    return id;
  }

  public Long getArchiveDeclaredTotal() {
    return archiveDeclaredTotal;
  }

  public void setArchiveDeclaredTotal(Long archiveDeclaredTotal) {
    this.archiveDeclaredTotal = archiveDeclaredTotal;
  }

  public String getName() {
    return name;
  }

  public String getProvince() {
    return province;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public List<OrgUnit> getUnits() {
    return units;
  }
}
