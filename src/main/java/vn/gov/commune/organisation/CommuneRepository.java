package vn.gov.commune.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommuneRepository extends JpaRepository<Commune, String> {

  List<Commune> findByIdInOrderByName(Collection<String> ids);

  List<Commune> findAllByOrderByName();
}
