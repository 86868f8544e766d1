package vn.gov.commune.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanTaskRepository extends JpaRepository<PlanTask, Long> {

  java.util.List<PlanTask> findByPlanIdOrderById(Long planId);

  /** The tasks (of commune plans) that implement these parent tasks. */
  java.util.List<PlanTask> findByParentTaskIdInOrderById(java.util.Collection<Long> parentTaskIds);

  /** Whether a plan of one of these communes has a task implementing a task of this plan. */
  @org.springframework.data.jpa.repository.Query(
      "select count(t) > 0 from PlanTask t where t.plan.communeId in :communes and t.parentTaskId in "
          + "(select p.id from PlanTask p where p.plan.id = :planId)")
  boolean implementsPlan(@org.springframework.data.repository.query.Param("planId") Long planId,
      @org.springframework.data.repository.query.Param("communes") java.util.Collection<String> communes);
}
