package io.footprint.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code --timings} prints on the demo (two references): every stage once, their sum as printed, the
 * proposing stage's CPU steps with alignment apart from scoring, and the process's CPU time, which holds
 * every thread's steps. No figure is compared with a duration: only the table's arithmetic and names.
 */
class TimingsOutputTest {
  @Test
  void stagesAddUpAndTheStepsAreSharesOfTheProcessCpu(@TempDir Path tmp) {
    Cli r = Cli.run("run", "--out", tmp.resolve("out").toString(), "--threads", "2", "--quiet", "--timings");
    assertThat(r.code).as(r.toString()).isZero();
    Map<String, Long> stages = new LinkedHashMap<>();
    Map<String, Long> steps = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    for (String line : r.err.split("\n")) {
      if (!line.startsWith("timing: ")) {
        continue;
      }
      String body = line.substring("timing: ".length());
      assertThat(body).as(line).endsWith(" ms");
      String name = body.substring(0, 42).strip();
      long ms = Long.parseLong(body.substring(42, body.length() - 3).strip());
      Map<String, Long> into = body.startsWith("  ") ? steps
          : name.startsWith("stages (") || name.startsWith("since ") || name.startsWith("process (") ? totals
          : stages;
      assertThat(into.put(name, ms)).as("listed once: " + name).isNull();
    }
    assertThat(stages).containsKeys(Commands.STARTUP_STAGE, "load inputs", "references",
        "propose, score, align, dissolve, realign", "write report, tables and GeoJSON");
    assertThat(steps.keySet()).containsExactly("build graphs (cpu, all conditions)", "cluster (cpu, all conditions)",
        "score (cpu, all conditions)", "align (cpu, all conditions)", "dissolve (cpu, all conditions)",
        "realign (cpu, all conditions)");
    assertThat(totals.get("stages (wall, their sum)")).isEqualTo(stages.values().stream().mapToLong(v -> v).sum());
    // each step is truncated to whole milliseconds, so their sum can only fall short of the threads' CPU time
    assertThat(totals.get("process (cpu, every thread)")).isGreaterThanOrEqualTo(
        steps.values().stream().mapToLong(v -> v).sum());
  }
}
