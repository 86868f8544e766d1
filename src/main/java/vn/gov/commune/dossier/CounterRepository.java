package vn.gov.commune.dossier;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CounterRepository extends JpaRepository<DossierCodeCounter, String> {
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from DossierCodeCounter c where c.prefix = :prefix")
  Optional<DossierCodeCounter> lockByPrefix(@Param("prefix") String prefix);
}
