package vn.gov.commune.calendar;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarOverrideRepository extends JpaRepository<CalendarOverride, LocalDate> {}
