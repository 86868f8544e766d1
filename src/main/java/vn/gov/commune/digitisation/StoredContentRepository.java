package vn.gov.commune.digitisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredContentRepository extends JpaRepository<StoredContent, Long> {
  Optional<StoredContent> findBySha256(String sha256);

  boolean existsBySha256(String sha256);
}
