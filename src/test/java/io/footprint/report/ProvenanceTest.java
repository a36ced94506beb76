package io.footprint.report;

import io.footprint.Fixtures;
import io.footprint.cli.CliAccess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "How this was made" against an independent recount: each input's rows (lines less the header; features for the
 * boundaries), bytes, and SHA-256 as coreutils' {@code sha256sum} prints it.
 */
class ProvenanceTest {
  @TempDir
  Path dir;

  @Test
  void everyInputWithItsRowsBytesAndChecksum() throws Exception {
    Path out = dir.resolve("out");
    assertThat(CliAccess.run("propose", "--areas", "data/demo/areas.geojson", "--sites", "data/demo/sites.csv",
        "--flows", "data/demo/flows.csv.gz", "--condition", "cancer", "--reference", "senates", "--quiet", "--out",
        out.toString())).isZero();
    String report = Files.readString(out.resolve("report.html"));
    long flowRows;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        Files.newInputStream(Path.of("data/demo/flows.csv.gz"))), StandardCharsets.UTF_8))) {
      flowRows = r.lines().count() - 1;
    }
    long siteRows = Files.readAllLines(Path.of("data/demo/sites.csv")).size() - 1;
    long features = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("data/demo/areas.geojson")
        .toFile()).get("features").size();
    for (Object[] input : List.of(new Object[] {"areas", "data/demo/areas.geojson", features},
        new Object[] {"flows", "data/demo/flows.csv.gz", flowRows},
        new Object[] {"sites", "data/demo/sites.csv", siteRows})) {
      Path file = Path.of((String) input[1]);
      Matcher row = Pattern.compile("<tr><td>" + input[0] + "</td><td>" + Pattern.quote((String) input[1])
          + "</td><td>([\\d,]+)</td><td>([\\d,]+)</td><td class=\"hash\">([0-9a-f]{64})</td></tr>").matcher(report);
      assertThat(row.find()).as("the report's row for " + input[1]).isTrue();
      assertThat(Long.parseLong(row.group(1).replace(",", ""))).as(input[1] + " rows").isEqualTo(input[2]);
      assertThat(Long.parseLong(row.group(2).replace(",", ""))).as(input[1] + " bytes").isEqualTo(Files.size(file));
      if (Fixtures.onPath("sha256sum")) {
        Process p = new ProcessBuilder("sha256sum", file.toString()).start();
        String sum = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split(" ")[0];
        assertThat(p.waitFor()).isZero();
        assertThat(row.group(3)).as(input[1] + " SHA-256").isEqualTo(sum);
      }
    }
    assertThat(report).contains("<td>Cancer</td><td>leiden</td>").contains("seed 1").contains("resolution ");
  }
}
