package vn.gov.commune.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The payload of a status sync job: what one job sends, and which changes may share a job. */
class StatusSyncPayloadTest {

  @Test
  void aPayloadQueuedByAnEarlierVersionStillReadsAsOneStatus() {
    StatusSyncPayload old = StatusSyncPayload.parse("000.00.25.H62-261203-0007:3:812");
    assertThat(old.dossierCode()).isEqualTo("000.00.25.H62-261203-0007");
    assertThat(old.sequence()).isEqualTo(3);
    assertThat(old.entryIds()).containsExactly(812L);
    assertThat(old).hasToString("000.00.25.H62-261203-0007:3:812");
  }

  @Test
  void theNextChangeOfTheSameDossierJoinsInOrderAndSurvivesTheRoundTrip() {
    StatusSyncPayload received = new StatusSyncPayload("H62-0007", 2, 810L);
    StatusSyncPayload processing = new StatusSyncPayload("H62-0007", 3, 815L);
    StatusSyncPayload both = received.followedBy(processing);
    assertThat(both).isNotNull();
    assertThat(both).hasToString("H62-0007:2:810,815");
    StatusSyncPayload read = StatusSyncPayload.parse(both.toString());
    assertThat(read.entryIds()).containsExactly(810L, 815L);
    assertThat(List.of(read.sequenceOf(0), read.sequenceOf(1))).containsExactly(2, 3);
  }

  @Test
  void anotherDossierOrAGapInTheSequenceStaysInAJobOfItsOwn() {
    StatusSyncPayload received = new StatusSyncPayload("H62-0007", 2, 810L);
    assertThat(received.followedBy(new StatusSyncPayload("H62-0008", 3, 815L))).isNull();
    assertThat(received.followedBy(new StatusSyncPayload("H62-0007", 4, 815L))).isNull();
    assertThat(received.followedBy(new StatusSyncPayload("H62-0007", 2, 815L))).isNull();
  }

  @Test
  void aMalformedPayloadIsRefused() {
    assertThatThrownBy(() -> StatusSyncPayload.parse("H62-0007")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatusSyncPayload.parse("H62-0007:2:")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> new StatusSyncPayload("H62-0007", 2, List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
