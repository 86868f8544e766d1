package vn.gov.commune.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanNotificationRepository extends JpaRepository<PlanNotification, Long> {

  java.util.List<PlanNotification> findByTaskIdOrderById(Long taskId);
}
