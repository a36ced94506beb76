package io.footprint.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.footprint.propose.ProposalSettings;
import io.footprint.run.ConditionResult;
import io.footprint.run.Footprints;
import io.footprint.run.Request;
import io.footprint.run.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use as a library" example, run as it is written there, from a package of its own so
 * that it uses only what footprint makes public.
 */
class LibraryExampleTest {
  @Test
  void theReadmeExampleRunsAsWritten() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java\n", readme.indexOf("## Use as a library"));
    String example = readme.substring(start + 8, readme.indexOf("```\n", start + 8));
    String self = Files.readString(Path.of("src/test/java/io/footprint/example/LibraryExampleTest.java"));
    assertThat(self).as("this test holds the README's example, line for line")
        .contains(example.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElseThrow());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      example();
    } finally {
      System.setOut(stdout);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).matches("12 footprints, localisation 0\\.9\\d\\d, \\d+ aligned "
        + "with a senate\\R");
  }

  private static void example() throws Exception {
    Request request = Request.builder()
        .areas(Path.of("data/demo/areas.geojson"))
        .sites(Path.of("data/demo/sites.csv"))
        .flows(Path.of("data/demo/flows.csv.gz"))
        .condition("cancer")
        .settings(ProposalSettings.defaults().withTarget(12))
        .reference("senates")
        .build();
    RunResult run = Footprints.run(request);
    ConditionResult cancer = run.condition("cancer");
    System.out.printf("%d footprints, localisation %.3f, %d aligned with a senate%n",
        cancer.proposal().footprintCount(), cancer.score().localisation(), cancer.alignments().get(0).aligned());
  }
}
