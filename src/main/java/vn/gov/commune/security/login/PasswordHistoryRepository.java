package vn.gov.commune.security.login;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface PasswordHistoryRepository extends Repository<PasswordHistoryEntry, Long> {

  PasswordHistoryEntry save(PasswordHistoryEntry entry);

  /** The newest first. */
  List<PasswordHistoryEntry> findByUserIdOrderByIdDesc(String userId, Limit limit);

  List<PasswordHistoryEntry> findByUserIdOrderByIdDesc(String userId);

  void deleteAll(Iterable<PasswordHistoryEntry> entries);
}
