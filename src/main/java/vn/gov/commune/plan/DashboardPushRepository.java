package vn.gov.commune.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DashboardPushRepository extends JpaRepository<DashboardPush, Long> {

  List<DashboardPush> findByCommuneIdAndPeriodOrderById(String communeId, String period);
}
