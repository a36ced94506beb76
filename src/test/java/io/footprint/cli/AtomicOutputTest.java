package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed at any moment leaves the output folder either exactly as it was or exactly as the
 * finished run writes it, never a mix (a property over kill times).
 */
class AtomicOutputTest {
  @TempDir
  Path tmp;

  @Test
  void killedRunsLeaveOldOrNewOutputsNeverAMix() throws Exception {
    Path out = tmp.resolve("out");
    Path fresh = tmp.resolve("fresh");
    assertThat(Cli.run("run", "--out", out.toString(), "--quiet").code).isZero();
    assertThat(Cli.run("run", "--out", fresh.toString(), "--quiet", "--method", "plurality").code).isZero();
    Map<String, String> before = CliTest.tree(out);
    Map<String, String> after = CliTest.tree(fresh);
    assertThat(after).isNotEqualTo(before);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> seen = new ArrayList<>();
    for (long delay : new long[] {300, 800, 1300, 1800, 2300, 2800, 3500}) {
      Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
          "--out", out.toString(), "--quiet", "--method", "plurality").redirectErrorStream(true).start();
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly().waitFor();
      }
      Map<String, String> now = CliTest.tree(out);
      if (!(now.equals(before) || now.equals(after))) {
        System.out.println("after " + delay + " ms: " + now.size() + " files; differing from new: "
            + now.entrySet().stream().filter(e -> !e.getValue().equals(after.get(e.getKey()))).map(Map.Entry::getKey)
                .toList() + "; siblings " + Arrays.toString(tmp.toFile().list()) + "; process output: "
            + new String(p.getInputStream().readAllBytes()));
      }
      assertThat(now.equals(before) || now.equals(after)).as("after %d ms the output is old or new", delay).isTrue();
      seen.add(now.equals(before) ? "old" : "new");
      if (now.equals(after)) {
        // start again from the old outputs, so later kills test the replacement once more
        assertThat(Cli.run("run", "--out", out.toString(), "--quiet").code).isZero();
      }
    }
    System.out.println("kill outcomes by delay: " + seen);
  }
}
