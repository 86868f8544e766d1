package vn.gov.commune.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanNotificationRepository extends JpaRepository<PlanNotification, Long> {

  java.util.List<PlanNotification> findByTaskIdOrderById(Long taskId);

  /** Notifications addressed to the user, or to one of the user's groups in one of the user's communes, newest first. */
  @org.springframework.data.jpa.repository.Query(
      "select n from PlanNotification n where n.userId = :userId or (n.groupId in :groupIds and n.communeId in :communeIds) order by n.id desc")
  java.util.List<PlanNotification> findFor(
      @org.springframework.data.repository.query.Param("userId") String userId,
      @org.springframework.data.repository.query.Param("groupIds") java.util.Collection<String> groupIds,
      @org.springframework.data.repository.query.Param("communeIds") java.util.Collection<String> communeIds);
}
