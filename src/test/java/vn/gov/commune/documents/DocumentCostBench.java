package vn.gov.commune.documents;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import vn.gov.commune.shared.Hashes;
import vn.gov.commune.simulator.DemoCertificateAuthority;

/**
 * What one paper costs in CPU, in one JVM, one thread (issue 15 point 3; not a test): a slip written by
 * {@link SlipRenderer#render} against POI's own saving of the whole package ({@link
 * SlipRenderer#renderWithPoi}), and a signature of the simulated signing service against reading one key
 * from its PKCS#12 keystore (which each signature did twice before the service kept its keys).
 * Started by {@code .ci/benchmark/documents}; prints a markdown table. Environment: ROUNDS (5), PER_ROUND
 * (400), WARMUP (3000).
 */
public final class DocumentCostBench {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "5"));
    int perRound = Integer.parseInt(System.getenv().getOrDefault("PER_ROUND", "400"));
    int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "3000"));

    SlipRenderer renderer = new SlipRenderer();
    SlipContent receipt = SlipRendererTest.receipt(SlipType.RECEIPT);
    SlipContent control = SlipRendererTest.receipt(SlipType.PROCESS_CONTROL);
    if (!Arrays.equals(renderer.render(receipt), renderer.renderWithPoi(receipt))) {
      throw new IllegalStateException("the two ways of writing a slip differ");
    }

    Path dir = Files.createTempDirectory("document-cost");
    DemoCertificateAuthority authority = new DemoCertificateAuthority(dir.resolve("demo-ca.p12"));
    DemoCertificateAuthority.Credential leader = authority.leader("bench.leader", "Trần Văn Lãnh", "Xã Sa Thầy");
    byte[] digest = Hashes.sha256("kết quả".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    // the keystore as the service held it (loaded once); reading a key from it decrypts the key
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("demo-ca.p12"))), "demo-ca".toCharArray());

    List<Measured> items = List.of(
        new Measured("slip (.docx), written directly: render()", () -> {
          renderer.render(receipt);
          return renderer.render(control);
        }, 2),
        new Measured("slip (.docx), saved by POI: renderWithPoi()", () -> {
          renderer.renderWithPoi(receipt);
          return renderer.renderWithPoi(control);
        }, 2),
        new Measured("signature with time stamp (simulated signing service), keys kept", () ->
            authority.sign(leader, digest, Instant.now()), 1),
        new Measured("one key read from the loaded PKCS#12 keystore (each signature read two before)", () -> {
          try {
            return store.getKey("leader-bench.leader", "demo-ca".toCharArray());
          } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
          }
        }, 1));

    System.out.printf(Locale.ROOT, "warm-up: %d of each%n", warmup);
    for (Measured item : items) {
      for (int i = 0; i < warmup / item.perCall; i++) {
        item.work.get();
      }
    }
    for (int r = 0; r < rounds; r++) {
      for (Measured item : items) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < perRound / item.perCall; i++) {
          item.work.get();
        }
        item.msPerPaper.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / perRound);
      }
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "CPU ms per item, %d rounds of %d, one thread, after %d of each:%n%n", rounds, perRound, warmup);
    System.out.println("| item | median | min | max |");
    System.out.println("| --- | --- | --- | --- |");
    for (Measured item : items) {
      List<Double> sorted = new ArrayList<>(item.msPerPaper);
      sorted.sort(null);
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n",
          item.name, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
  }

  /** An item timed: {@code work} makes {@code perCall} of them. */
  private record Measured(String name, Supplier<Object> work, int perCall, List<Double> msPerPaper) {
    Measured(String name, Supplier<Object> work, int perCall) {
      this(name, work, perCall, new ArrayList<>());
    }
  }
}
