package vn.gov.commune.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

  java.util.List<Plan> findByCommuneIdInOrderByIdDesc(java.util.Collection<String> communeIds);

  java.util.Optional<Plan> findFirstByNumberOrderByIdDesc(String number);

  java.util.List<Plan> findByNumberInAndStatusOrderById(java.util.Collection<String> numbers, PlanStatus status);

  boolean existsByParentIdAndCommuneIdIn(Long parentId, java.util.Collection<String> communeIds);
}
