package vn.gov.commune.simulator;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

interface SimulatorAnswerRepository extends JpaRepository<SimulatorAnswer, Long> {

  Optional<SimulatorAnswer> findByServiceAndIdempotencyKey(String service, String idempotencyKey);

  /** In the order answered. */
  List<SimulatorAnswer> findByServiceAndOperationAndSubjectOrderById(String service, String operation, String subject);

  @Transactional
  long deleteByService(String service);
}
