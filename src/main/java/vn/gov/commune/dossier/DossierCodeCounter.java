package vn.gov.commune.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last dossier number given by one receiving agency on one day (the counter resets daily). */
@Entity
@Table(name = "dossier_code_counter")
public class DossierCodeCounter {

  /** "{agency e-ID}-{YYMMDD}". */
  @Id
  @Column(length = 60)
  private String prefix;

  @Column(nullable = false)
  private int lastNumber;

  protected DossierCodeCounter() {}

  DossierCodeCounter(String prefix) {
    this.prefix = prefix;
  }

  int next() {
    return ++lastNumber;
  }

  public String getPrefix() { return prefix; }
  public int getLastNumber() { return lastNumber; }
}
