package vn.gov.commune.digitisation;

import vn.gov.commune.documents.ContentStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.support.IntegrationTest;

/** The content store keeps one file per content: no committed row ever points to a missing file; orphans are swept. */
@IntegrationTest
class ContentStoreTest {

  @Autowired TestRestTemplate rest;
  @Autowired DigitisationService digitisation;
  @Autowired ContentInspector inspector;
  @Autowired ContentStore store;
  @Autowired ContentSweeper sweeper;
  @Autowired StoredContentRepository contents;
  @Autowired DigitisationProperties props;
  @Autowired PlatformTransactionManager transactions;

  Path file(String sha256) {
    return Path.of(props.getStoreDir()).resolve(ContentStore.key(sha256));
  }

  void age(Path file) throws Exception {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(props.getOrphanGrace()).minusSeconds(60)));
  }

  void assertEveryCommittedRowHasItsFile(List<String> digests) {
    for (String sha256 : digests) {
      if (contents.findBySha256(sha256).isPresent()) {
        assertThat(file(sha256)).as("file of the committed content row " + sha256).exists();
      }
    }
  }

  @Test
  void oneFileSubmittedConcurrentlyNeverLeavesACommittedRowWithoutItsFile() {
    List<String> digests = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      byte[] pdf = TestFiles.pdf("Giấy chứng sinh " + UUID.randomUUID());
      digests.add(Hashes.sha256Hex(pdf));
      // the same file for two dossiers of two communes, at the same time
      List<CompletableFuture<ResponseEntity<Map>>> answers = new ArrayList<>();
      for (String commune : List.of("sa-thay", "kon-tum")) {
        answers.add(CompletableFuture.supplyAsync(() -> DigitisationApiTest.submit(rest, commune, pdf)));
      }
      for (CompletableFuture<ResponseEntity<Map>> answer : answers) {
        ResponseEntity<Map> response = answer.join();
        assertThat(response.getStatusCode().value()).as("both dossiers are received: " + response.getBody()).isEqualTo(201);
      }
      assertEveryCommittedRowHasItsFile(digests);
    }
  }

  @Test
  void aRolledBackTransactionNeverDeletesTheFileAConcurrentOneCommits() throws Exception {
    List<String> digests = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      byte[] pdf = TestFiles.pdf("Sổ hộ tịch " + UUID.randomUUID());
      InspectedContent checked = inspector.inspect("so.pdf", null, pdf, java.util.EnumSet.of(FileType.PDF));
      digests.add(checked.sha256());
      CountDownLatch written = new CountDownLatch(1);
      String collection = "race-" + round;
      CompletableFuture<Void> rolledBack = CompletableFuture.runAsync(() ->
          new TransactionTemplate(transactions).executeWithoutResult(status -> {
            digitisation.keepArchiveFile(collection, "a/so.pdf", checked, pdf, "test");
            written.countDown();
            sleep(150); // the other transaction stores the same content meanwhile
            status.setRollbackOnly();
          }));
      CompletableFuture<Void> committed = CompletableFuture.runAsync(() -> {
        await(written);
        new TransactionTemplate(transactions).executeWithoutResult(status -> digitisation.keepArchiveFile(collection, "b/so.pdf", checked, pdf, "test"));
      });
      rolledBack.get(30, TimeUnit.SECONDS);
      committed.get(30, TimeUnit.SECONDS);
      assertThat(contents.findBySha256(checked.sha256())).isPresent();
      assertEveryCommittedRowHasItsFile(digests);
    }
  }

  @Test
  void sweeperRemovesOldOrphanFilesOnly() throws Exception {
    byte[] oldOrphan = TestFiles.pdf("Mồ côi cũ " + UUID.randomUUID());
    byte[] freshOrphan = TestFiles.pdf("Mồ côi mới " + UUID.randomUUID());
    byte[] referenced = TestFiles.pdf("Đang dùng " + UUID.randomUUID());
    String oldSha = Hashes.sha256Hex(oldOrphan);
    String freshSha = Hashes.sha256Hex(freshOrphan);
    // as a kill -9 between write and commit leaves them: a file without a row, a temporary file
    store.put(oldSha, oldOrphan);
    store.put(freshSha, freshOrphan);
    Path temp = Files.createTempFile(file(oldSha).getParent(), ".put-", ".tmp");
    InspectedContent checked = inspector.inspect("so.pdf", null, referenced, java.util.EnumSet.of(FileType.PDF));
    new TransactionTemplate(transactions).executeWithoutResult(s -> digitisation.keepArchiveFile("sweep", "so.pdf", checked, referenced, "test"));
    age(file(oldSha));
    age(file(checked.sha256()));
    age(temp);

    List<String> removed = sweeper.sweep();

    assertThat(removed).contains(ContentStore.key(oldSha), Path.of(props.getStoreDir()).toAbsolutePath().normalize().relativize(temp.toAbsolutePath().normalize()).toString());
    assertThat(file(oldSha)).doesNotExist();
    assertThat(temp).doesNotExist();
    assertThat(file(freshSha)).as("fresh orphan kept (its transaction may still commit)").exists();
    assertThat(file(checked.sha256())).as("referenced file kept").exists();
    assertThat(digitisation.content(checked.sha256())).isEqualTo(referenced);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
