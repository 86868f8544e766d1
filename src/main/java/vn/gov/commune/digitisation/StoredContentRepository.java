package vn.gov.commune.digitisation;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoredContentRepository extends JpaRepository<StoredContent, Long> {
  Optional<StoredContent> findBySha256(String sha256);

  /** Which of these digests have a (committed) row. */
  @Query("select c.sha256 from StoredContent c where c.sha256 in :digests")
  Set<String> findExistingSha256(@Param("digests") Collection<String> digests);
}
