package vn.gov.commune.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanIndicatorRepository extends JpaRepository<PlanIndicator, Long> {

  List<PlanIndicator> findByPlanIdOrderById(Long planId);
}
