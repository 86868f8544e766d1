package vn.gov.commune.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.transaction.support.TransactionOperations;

/** Versioning of the loader against an in-memory store of (code, version). */
class CatalogueLoaderTest {

  private final Map<String, Procedure> stored = new HashMap<>();
  private ProcedureRepository repository;
  private CatalogueLoader loader;

  @BeforeEach
  void setUp() {
    repository = mock(ProcedureRepository.class);
    when(repository.findByCodeAndVersion(any(), any(Integer.class)))
        .thenAnswer(call -> Optional.ofNullable(stored.get(call.getArgument(0) + "#" + call.getArgument(1))));
    when(repository.save(any(Procedure.class))).thenAnswer(call -> {
      Procedure p = call.getArgument(0);
      stored.put(p.getCode() + "#" + p.getVersion(), p);
      return p;
    });
    loader = new CatalogueLoader(
        repository,
        TransactionOperations.withoutTransaction(),
        new DefaultResourceLoader(),
        CatalogueLoader.DEFAULT_LOCATION,
        Clock.fixed(Instant.parse("2026-11-02T01:00:00Z"), ZoneOffset.UTC));
  }

  private static CatalogueFile file(String version, CatalogueFile.Entry... entries) {
    return new CatalogueFile(version, List.of(), List.of(entries));
  }

  @Test
  void firstLoadStoresEveryVersion() {
    CatalogueLoader.Result result = loader.load(file("2026.11.1", CatalogueEntries.free("A.1", 1), CatalogueEntries.free("B.1", 1)));
    assertThat(result.added()).containsExactly("A.1 v1", "B.1 v1");
    assertThat(stored.get("A.1#1").getCatalogueVersion()).isEqualTo("2026.11.1");
    assertThat(stored.get("A.1#1").getLoadedAt()).isEqualTo(Instant.parse("2026-11-02T01:00:00Z"));
  }

  @Test
  void loadingTheSameFileAgainChangesNothing() {
    CatalogueFile file = file("2026.11.1", CatalogueEntries.free("A.1", 1));
    loader.load(file);
    Procedure first = stored.get("A.1#1");
    CatalogueLoader.Result again = loader.load(file);
    assertThat(again.added()).isEmpty();
    assertThat(again.unchanged()).containsExactly("A.1 v1");
    assertThat(stored.get("A.1#1")).isSameAs(first);
  }

  @Test
  void aNewVersionIsAddedAndTheOldOneStays() {
    loader.load(file("2026.11.1", CatalogueEntries.free("A.1", 1)));
    var v2 = CatalogueEntries.withName(CatalogueEntries.free("A.1", 2), "Tên mới");
    CatalogueLoader.Result result = loader.load(file("2026.12.1", CatalogueEntries.free("A.1", 1), v2));
    assertThat(result.added()).containsExactly("A.1 v2");
    assertThat(result.unchanged()).containsExactly("A.1 v1");
    assertThat(stored.get("A.1#1").getName()).isEqualTo("Thủ tục thử nghiệm A.1");
    assertThat(stored.get("A.1#2").getName()).isEqualTo("Tên mới");
    assertThat(stored.get("A.1#2").getCatalogueVersion()).isEqualTo("2026.12.1");
  }

  @Test
  void anEntryEditedWithoutANewVersionIsNotReloaded() {
    loader.load(file("2026.11.1", CatalogueEntries.free("A.1", 1)));
    Procedure first = stored.get("A.1#1");
    var edited = CatalogueEntries.withName(CatalogueEntries.free("A.1", 1), "Sửa mà không tăng phiên bản");
    CatalogueLoader.Result result = loader.load(file("2026.11.2", edited));
    assertThat(result.added()).isEmpty();
    assertThat(result.editedWithoutNewVersion()).containsExactly("A.1 v1");
    assertThat(stored.get("A.1#1")).isSameAs(first);
    assertThat(stored.get("A.1#1").getName()).isEqualTo("Thủ tục thử nghiệm A.1");
  }

  @Test
  void theCatalogueFileIsParsedOnceIntoObjectsThatCannotBeChanged() {
    AtomicInteger reads = new AtomicInteger();
    ResourceLoader counting = new DefaultResourceLoader() {
      @Override
      public Resource getResource(String location) {
        reads.incrementAndGet();
        return super.getResource(location);
      }
    };
    CatalogueLoader once = new CatalogueLoader(
        repository, TransactionOperations.withoutTransaction(), counting, CatalogueLoader.DEFAULT_LOCATION, Clock.systemUTC());
    CatalogueFile file = once.file();
    once.run(null);
    assertThat(once.file()).isSameAs(file);
    assertThat(reads).hasValue(1);
    assertThat(stored).hasSize(file.procedures().size());

    CatalogueFile.Entry entry = file.procedures().get(0);
    assertThatThrownBy(() -> file.procedures().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> file.source().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> entry.components().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theBundledCatalogueIsReadFromTheClasspath() {
    CatalogueFile file = loader.file();
    assertThat(file.procedures()).hasSize(8);
    loader.load(file);
    assertThat(stored).hasSize(8);
    verify(repository, never()).deleteAll();
  }
}
