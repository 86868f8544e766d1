package vn.gov.commune.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommuneRepository extends JpaRepository<Commune, String> {

  List<Commune> findByIdInOrderByName(Collection<String> ids);

  List<Commune> findAllByOrderByName();

  /**
   * The names of the units {@code userId} is an officer of, by commune id and unit code: one query, where
   * walking every commune's units would load the whole organisation of the province for one name.
   */
  @Query("select u.name from OrgUnit u join u.members m where m = :userId order by u.commune.id, u.code")
  List<String> unitNamesOf(@Param("userId") String userId);
}
