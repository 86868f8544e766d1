package vn.gov.commune.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

  java.util.List<PlanTask> findByPlanIdOrderById(Long planId);
}
