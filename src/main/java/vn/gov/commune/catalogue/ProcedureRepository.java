package vn.gov.commune.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProcedureRepository extends JpaRepository<Procedure, Long> {

  Optional<Procedure> findFirstByCodeOrderByVersionDesc(String code);

  Optional<Procedure> findByCodeAndVersion(String code, int version);

  List<Procedure> findByCodeOrderByVersionDesc(String code);

  /** The newest version of every procedure, by code. */
  @Query(
      "select p from ProcedureVersion p where p.version = "
          + "(select max(q.version) from ProcedureVersion q where q.code = p.code) order by p.code")
  List<Procedure> findCurrent();
}
