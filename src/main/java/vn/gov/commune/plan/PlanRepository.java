package vn.gov.commune.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

  java.util.List<Plan> findByCommuneIdInOrderByIdDesc(java.util.Collection<String> communeIds);

  java.util.Optional<Plan> findFirstByNumberOrderByIdDesc(String number);
}
