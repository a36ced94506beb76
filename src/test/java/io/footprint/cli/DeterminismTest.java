package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.footprint.synth.CountryGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same bytes: rows shuffled in every input, flows split across files, one thread or
 * twelve (more than the 8 conditions, so Leiden's later random starts run on threads of their own),
 * repeated over several shufflings (a property over generated inputs).
 */
class DeterminismTest {
  @TempDir
  Path tmp;

  @Test
  void outputsDoNotDependOnRowOrderFileSplitsOrThreads() throws Exception {
    Path country = tmp.resolve("country");
    new CountryGenerator(400, 7).writeTo(country);
    Map<String, String> reference = run(country.resolve("areas.geojson"), country.resolve("sites.csv"),
        List.of(country.resolve("flows.csv.gz")), "12", tmp.resolve("out0"), country);
    assertThat(reference).containsKey("cancer/footprints.geojson");
    for (int t = 1; t <= 3; t++) {
      Random rnd = new Random(t);
      Path dir = tmp.resolve("shuffled" + t);
      Files.createDirectories(dir);
      Path areas = shuffleFeatures(country.resolve("areas.geojson"), dir.resolve("areas.geojson"), rnd);
      Path sites = shuffleRows(readLines(country.resolve("sites.csv")), dir.resolve("sites.csv"), rnd);
      List<String> flows = readGz(country.resolve("flows.csv.gz"));
      String header = flows.get(0);
      List<String> rows = new ArrayList<>(flows.subList(1, flows.size()));
      Collections.shuffle(rows, rnd);
      int cut = rows.size() / 3;
      Path f1 = dir.resolve("flows-a.csv");
      Path f2 = dir.resolve("flows-b.csv");
      Files.write(f1, withHeader(header, rows.subList(0, cut)));
      Files.write(f2, withHeader(header, rows.subList(cut, rows.size())));
      Map<String, String> again = run(areas, sites, List.of(f2, f1), "1", tmp.resolve("out" + t), dir);
      assertThat(again).as("shuffling %d", t).isEqualTo(reference);
    }
  }

  private Map<String, String> run(Path areas, Path sites, List<Path> flows, String threads, Path out, Path lookups)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("propose", "--areas", areas.toString(), "--sites", sites.toString(),
        "--flows"));
    flows.forEach(f -> args.add(f.toString()));
    args.addAll(List.of("--reference", "senates=" + lookups.getParent().resolve("country/senates.csv"),
        "--threads", threads, "--quiet", "--out", out.toString()));
    Cli r = Cli.run(args.toArray(new String[0]));
    assertThat(r.code).as(r.toString()).isZero();
    ObjectMapper json = new ObjectMapper();
    ObjectNode summary = (ObjectNode) json.readTree(out.resolve("summary.json").toFile());
    summary.remove("inputs"); // names the files, which differ by design
    Files.writeString(out.resolve("summary.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    // the report's table of inputs names each file and its checksum, which differ by design too
    String report = Files.readString(out.resolve("report.html"));
    String withoutInputs = report.replaceFirst("(?s)<table class=\"inputs\">.*?</table>", "");
    assertThat(withoutInputs).isNotEqualTo(report);
    Files.writeString(out.resolve("report.html"), withoutInputs);
    return CliTest.tree(out);
  }

  private static List<String> withHeader(String header, List<String> rows) {
    List<String> out = new ArrayList<>(rows.size() + 1);
    out.add(header);
    out.addAll(rows);
    return out;
  }

  private static Path shuffleRows(List<String> lines, Path to, Random rnd) throws IOException {
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(rows, rnd);
    Files.write(to, withHeader(lines.get(0), rows));
    return to;
  }

  private static Path shuffleFeatures(Path from, Path to, Random rnd) throws IOException {
    List<String> lines = readLines(from);
    // the generator writes one feature per line between the first and last lines
    List<String> features = new ArrayList<>();
    for (String l : lines.subList(1, lines.size() - 1)) {
      features.add(l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
    }
    Collections.shuffle(features, rnd);
    Files.writeString(to, lines.get(0) + "\n" + String.join(",\n", features) + "\n" + lines.get(lines.size() - 1)
        + "\n");
    return to;
  }

  private static List<String> readLines(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  private static List<String> readGz(Path p) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
        StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }
}
