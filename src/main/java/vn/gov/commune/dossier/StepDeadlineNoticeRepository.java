package vn.gov.commune.dossier;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StepDeadlineNoticeRepository extends JpaRepository<StepDeadlineNotice, Long> {

  List<StepDeadlineNotice> findByDossierCodeOrderById(String dossierCode);

  List<StepDeadlineNotice> findByTaskIdIn(Collection<String> taskIds);

  @Query("select n.taskId from StepDeadlineNotice n where n.taskId in :taskIds")
  List<String> noticedTaskIds(@Param("taskIds") Collection<String> taskIds);
}
