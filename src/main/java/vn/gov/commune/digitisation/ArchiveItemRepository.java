package vn.gov.commune.digitisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveItemRepository extends JpaRepository<ArchiveItem, Long> {
  List<ArchiveItem> findByCollectionIdAndSha256(Long collectionId, String sha256);

  List<ArchiveItem> findByCollectionIdAndStatusOrderById(Long collectionId, ArchiveItem.Status status);

  long countByCollectionIdAndStatus(Long collectionId, ArchiveItem.Status status);
}
