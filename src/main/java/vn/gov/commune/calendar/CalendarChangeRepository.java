package vn.gov.commune.calendar;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: saving and reading, no update or delete method exists. */
interface CalendarChangeRepository extends Repository<CalendarChange, Long> {

  CalendarChange save(CalendarChange change);

  List<CalendarChange> findAllByOrderByIdDesc();
}
