package vn.gov.commune.security.login;

import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface TwoFactorRepository extends Repository<TwoFactorEnrolment, String> {

  Optional<TwoFactorEnrolment> findById(String userId);

  TwoFactorEnrolment save(TwoFactorEnrolment enrolment);

  @Transactional
  @Modifying
  @Query("delete from TwoFactorEnrolment e where e.userId = :userId")
  int deleteByUserId(@Param("userId") String userId);

  /** Marks a step used, atomically: 1 if no later or equal step was used before, else 0. */
  @Transactional
  @Modifying
  @Query(
      "update TwoFactorEnrolment e set e.lastUsedStep = :step where e.userId = :userId and e.secret = :secret"
          + " and (e.lastUsedStep is null or e.lastUsedStep < :step)")
  int useStep(@Param("userId") String userId, @Param("secret") String secret, @Param("step") long step);
}
