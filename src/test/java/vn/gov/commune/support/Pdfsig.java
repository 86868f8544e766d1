package vn.gov.commune.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig} with a root certificate trusted in a temporary NSS database (made with
 * {@code certutil} from libnss3-tools). Fails with a clear message when the tools are missing.
 */
public final class Pdfsig {

  private final Path nss;
  private final Path dir;

  /** A fresh NSS database under {@code dir} trusting {@code rootPem} for signatures. */
  public Pdfsig(Path dir, String rootPem) throws Exception {
    this.dir = dir;
    this.nss = Files.createDirectories(dir.resolve("nss"));
    Path root = dir.resolve("root.pem");
    Files.writeString(root, rootPem);
    // certutil must succeed: a root it could not read would leave every signature "issuer isn't Trusted"
    run(true, "certutil", "-N", "-d", "sql:" + nss, "--empty-password");
    run(true, "certutil", "-A", "-d", "sql:" + nss, "-n", "demo-root", "-t", "CT,C,C", "-i", root.toString());
  }

  /** pdfsig's report on the PDF. */
  public String check(byte[] pdf, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, pdf);
    return run(false, "pdfsig", "-nssdir", "sql:" + nss, file.toString());
  }

  /** The command's output; when {@code mustSucceed}, fails with it unless the command exits with 0. */
  private static String run(boolean mustSucceed, String... command) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      fail(command[0] + " is missing: apt-get install -y poppler-utils libnss3-tools");
      return "";
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command[0] + " did not finish");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (mustSucceed && process.exitValue() != 0) {
      fail(String.join(" ", command) + " failed (exit " + process.exitValue() + "): " + output);
    }
    return output;
  }
}
