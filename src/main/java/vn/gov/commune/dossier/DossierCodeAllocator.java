package vn.gov.commune.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives dossier codes {receiving agency e-ID}-{YYMMDD}-{NNNN} (TT 03/2025/TT-VPCP art. 13), numbered
 * per agency per day from 0001. The day's counter row is locked (SELECT … FOR UPDATE) until the
 * submitting transaction ends, so concurrent submissions queue for the next number and a rolled-back
 * submission gives its number back. The first submission of a day creates the row in a transaction
 * of its own; a concurrent creator loses on the primary key and simply locks the row the winner made.
 */
@Component
public class DossierCodeAllocator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private final CounterRepository counters;
  private final TransactionTemplate newTransaction;

  public DossierCodeAllocator(CounterRepository counters, PlatformTransactionManager transactions) {
    this.counters = counters;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next code of {@code agencyCode} for the day of {@code at} in {@code zone}; call inside the submitting transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String agencyCode, Instant at, ZoneId zone) {
    String prefix = agencyCode + "-" + DAY.format(at.atZone(zone));
    DossierCodeCounter counter = counters.lockByPrefix(prefix).orElse(null);
    if (counter == null) {
      createRow(prefix);
      counter = counters.lockByPrefix(prefix).orElseThrow();
    }
    int number = counter.next();
    if (number > 9999) {
      throw new IllegalStateException("Đã hết số hồ sơ trong ngày của cơ quan " + agencyCode + " (tối đa 9999).");
    }
    return prefix + "-" + String.format("%04d", number);
  }

  private void createRow(String prefix) {
    try {
      newTransaction.executeWithoutResult(status -> {
        if (counters.findById(prefix).isEmpty()) {
          counters.saveAndFlush(new DossierCodeCounter(prefix));
        }
      });
    } catch (DataIntegrityViolationException concurrentlyCreated) {
      // another submission created the day's row first: use it
    }
  }
}
