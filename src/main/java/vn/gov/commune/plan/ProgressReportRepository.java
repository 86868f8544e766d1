package vn.gov.commune.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  java.util.List<ProgressReport> findByTaskIdOrderById(Long taskId);
}
