package vn.gov.commune.digitisation;

import vn.gov.commune.documents.ContentStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes orphan files of the content store every {@code app.digitisation.sweep-every}: files no
 * committed {@code dg_content} row references, untouched for {@code app.digitisation.orphan-grace}
 * (those of rolled-back transactions, or left by a {@code kill -9} between write and commit). Does
 * nothing while the table is empty (a fresh or wrongly configured database next to a full store).
 */
@Component
class ContentSweeper {

  private static final Logger LOG = LoggerFactory.getLogger(ContentSweeper.class);
  private final ContentStore store;
  private final StoredContentRepository contents;
  private final DigitisationProperties props;

  public ContentSweeper(ContentStore store, StoredContentRepository contents, DigitisationProperties props) {
    this.store = store;
    this.contents = contents;
    this.props = props;
  }

  @Scheduled(initialDelayString = "${app.digitisation.sweep-every:PT15M}", fixedDelayString = "${app.digitisation.sweep-every:PT15M}")
  public List<String> sweep() {
    if (contents.count() == 0) {
      // an empty table next to a store of files is more likely a wrong or fresh database than a store of orphans
      LOG.warn("Content sweeper skipped: no content row in the database; check DB_URL against {}", props.getStoreDir());
      return List.of();
    }
    List<String> removed = store.sweep(contents::findExistingSha256, props.getOrphanGrace());
    if (!removed.isEmpty()) {
      LOG.info("Content sweeper removed {} orphan file(s)", removed.size());
    }
    return removed;
  }
}
