package vn.gov.commune.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanHistoryRepository extends JpaRepository<PlanHistoryEntry, Long> {

  java.util.List<PlanHistoryEntry> findByPlanIdOrderById(Long planId);

  java.util.List<PlanHistoryEntry> findByTaskIdOrderById(Long taskId);
}
