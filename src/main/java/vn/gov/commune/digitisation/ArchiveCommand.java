package vn.gov.commune.digitisation;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command line of bulk digitisation, active only with {@code --digitise-archive=<folder>}:
 *
 * <pre>
 * java -jar target/commune-workflow.jar --digitise-archive=/srv/archives/sa-thay/1995 --collection=sa-thay-1995 \
 *     [--commune=sa-thay] [--digitised-by=nguyen.hoa] --server.port=0 \
 *     --camunda.bpm.job-execution.enabled=false
 * </pre>
 *
 * The whole application starts (Camunda's REST starter needs the web server, hence a random port
 * rather than {@code web-application-type=none}). Prints a progress line every {@code app.digitisation.progress-every-files} files or {@code
 * progress-every} seconds, then the refused files with their reasons, and exits: 0 when every file
 * was handled, 2 on a usage error. Ctrl-C or SIGTERM stops the run through {@link
 * ArchiveDigitiser#stop()} (the file being read is not recorded and is read again on resume); the
 * JVM then exits with the signal's code. Run the same command again to resume.
 */
@Component
@ConditionalOnProperty("digitise-archive")
@Order(Ordered.LOWEST_PRECEDENCE)
class ArchiveCommand implements ApplicationRunner {

  private final ArchiveDigitiser digitiser;
  private final ConfigurableApplicationContext context;
  private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  ArchiveCommand(ArchiveDigitiser digitiser, ConfigurableApplicationContext context) {
    this.digitiser = digitiser;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments args) {
    int code = execute(args);
    if (!digitiser.isShuttingDown()) {
      System.exit(SpringApplication.exit(context, () -> code));
    }
  }

  int execute(ApplicationArguments args) {
    String folder = single(args, "digitise-archive");
    String collection = single(args, "collection");
    if (folder == null || collection == null || !ArchiveDigitiser.NAME.matcher(collection).matches()) {
      out.println("Cách dùng: --digitise-archive=<thư mục> --collection=<tên, vd. sa-thay-1995> [--commune=<mã xã>] [--digitised-by=<người số hóa>]");
      return 2;
    }
    String by = single(args, "digitised-by");
    if (by == null) {
      by = System.getProperty("user.name", "archive-cli");
    }
    ArchiveDigitiser.Summary summary;
    try {
      summary = digitiser.run(collection, single(args, "commune"), Path.of(folder).toAbsolutePath().normalize(), by, p -> out.println(p.line()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      out.println("Không số hóa được: " + e.getMessage());
      return 2;
    }
    ArchiveDigitiser.Progress p = summary.progress();
    out.printf("[archive %s] %s sau %ds: %d tệp đã số hóa, %d bỏ qua (đã xong ở lần chạy trước), %d bị từ chối.%n",
        collection, summary.status() == ArchiveCollection.Status.DONE ? "Hoàn thành" : "Đã dừng (chạy lại cùng lệnh để tiếp tục)",
        summary.took().toSeconds(), p.done(), p.skipped(), summary.refused().size());
    for (ArchiveDigitiser.Refused r : summary.refused()) {
      out.printf("  từ chối %s [%s] %s%n", r.path(), r.reason(), r.message());
    }
    return summary.status() == ArchiveCollection.Status.DONE ? 0 : 3;
  }

  private static String single(ApplicationArguments args, String name) {
    return args.containsOption(name) && !args.getOptionValues(name).isEmpty() ? args.getOptionValues(name).get(0) : null;
  }
}
