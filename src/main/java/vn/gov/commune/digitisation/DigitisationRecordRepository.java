package vn.gov.commune.digitisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DigitisationRecordRepository extends JpaRepository<DigitisationRecord, Long> {

  List<DigitisationRecord> findByDossierCodeOrderById(String dossierCode);

  /** The citizen's earliest record of this content in another dossier (reuse is across dossiers). */
  Optional<DigitisationRecord> findFirstByKindAndPersonalIdAndSha256AndDossierCodeNotOrderById(
      DigitisationRecord.Kind kind, String personalId, String sha256, String dossierCode);

  List<DigitisationRecord> findBySha256AndOcrPendingTrue(String sha256);

  List<DigitisationRecord> findBySha256OrderById(String sha256);

  long countByKind(DigitisationRecord.Kind kind);

  long countByKindAndReusedTrue(DigitisationRecord.Kind kind);

  @Query("select count(r) from DigitisationRecord r, Dossier d where r.kind = :kind and d.code = r.dossierCode"
      + " and (d.receivingCommuneId in :communes or d.competentCommuneId in :communes)")
  long countOf(DigitisationRecord.Kind kind, List<String> communes);

  @Query("select count(r) from DigitisationRecord r, Dossier d where r.kind = :kind and r.reused = true"
      + " and d.code = r.dossierCode and (d.receivingCommuneId in :communes or d.competentCommuneId in :communes)")
  long countReusedOf(DigitisationRecord.Kind kind, List<String> communes);
}
