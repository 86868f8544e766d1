package vn.gov.commune.digitisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveCollectionRepository extends JpaRepository<ArchiveCollection, Long> {
  Optional<ArchiveCollection> findByName(String name);
}
