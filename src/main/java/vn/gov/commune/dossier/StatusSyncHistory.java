package vn.gov.commune.dossier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.commune.engine.InstanceOnlyHistory;

/**
 * A status sync ({@value DossierService#STATUS_SYNC_PROCESS}, five per dossier) keeps its instance
 * (business key = dossier code), job log and incidents in history, not its activities (start, send,
 * end: always the same path) nor its three variables: what it sent is the dossier's own history
 * entry and the portal's receipt. Six history rows fewer per sync.
 */
@Configuration(proxyBeanMethods = false)
class StatusSyncHistory {

  @Bean
  InstanceOnlyHistory statusSyncInstanceOnlyHistory() {
    return new InstanceOnlyHistory(DossierService.STATUS_SYNC_PROCESS);
  }
}
