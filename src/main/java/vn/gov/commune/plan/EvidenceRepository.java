package vn.gov.commune.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

  java.util.List<Evidence> findByReportIdOrderById(Long reportId);

  java.util.List<Evidence> findByTaskIdOrderById(Long taskId);
}
