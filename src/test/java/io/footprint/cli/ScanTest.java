package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan} end to end on inputs whose answer is known: the planted-block grids of
 * {@link PlantedBlocksTest} (six blocks, 3 layouts) must give six footprints as a robust count, and a grid
 * whose every area sends the same activity to every site (no structure at all) must give no robust count
 * and starts that disagree. Each row's figures must be what {@code propose} gives at the row's resolution
 * and seed.
 */
class ScanTest {
  @TempDir
  Path tmp;

  @Test
  void theBlocksCountIsRobustOnEveryLayout() throws Exception {
    Random rnd = new Random(11);
    for (int layout = 0; layout < 3; layout++) {
      Path dir = Files.createDirectories(tmp.resolve("layout" + layout));
      PlantedBlocksTest.writeInputs(dir, PlantedBlocksTest.blocks(rnd), rnd);
      Path out = dir.resolve("scan");
      Cli r = scan(dir, out, "--counts", "2..12");
      assertThat(r.code).as(r.toString()).isZero();
      List<CSVRecord> rows = rows(out.resolve("scan.csv"));
      CSVRecord six = rows.stream().filter(x -> x.get("footprints").equals("6")).findFirst().orElseThrow();
      assertThat(six.get("marks")).as("layout " + layout + "\n" + table(rows)).contains("robust");
      assertThat(Double.parseDouble(six.get("mean_vi"))).isZero();
      assertThat(six.get("starts_at_count")).isEqualTo("4");
      for (CSVRecord x : rows) {
        if (!x.get("footprints").equals("6")) {
          assertThat(x.get("marks")).as("layout " + layout + ", " + x.get("footprints") + " footprints\n"
              + table(rows)).doesNotContain("robust");
        }
      }
      JsonNode scan = new ObjectMapper().readTree(out.resolve("scan.json").toFile()).get("scans").get(0);
      assertThat(scan.get("recommended").asInt()).isEqualTo(6);
      // each mark's keys in the order written, whatever the run (immutable maps iterate in an order that changes per JVM)
      assertThat(scan.get("marks")).isNotEmpty();
      scan.get("marks").forEach(m -> assertThat(m.fieldNames()).toIterable().containsExactly("footprints", "mark",
          "reason"));
      assertThat(Files.readString(out.resolve("cancer/scan.svg"))).startsWith("<svg").contains("class=\"mark robust\"");
      assertThat(Files.readString(out.resolve("report.html"))).contains("<svg").contains("robust")
          .doesNotContain("http://www").doesNotContainPattern("<script[^>]+src=");
      if (layout == 0 && Fixtures.onPath("chromium")) {
        // the page as a browser builds it: one point per row on the chart, and the robust mark drawn
        Process p = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--no-first-run", "--disable-background-networking", "--user-data-dir=" + dir.resolve("profile"),
            "--dump-dom", out.resolve("report.html").toUri().toString())).redirectError(
                ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(dom.split("<circle", -1).length - 1).isEqualTo(rows.size());
        assertThat(dom).contains("class=\"mark robust\"");
      }
    }
  }

  @Test
  void aGridWithNoStructureHasNoRobustCount() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("uniform"));
    writeUniform(dir, new Random(5));
    Path out = dir.resolve("scan");
    Cli r = scan(dir, out, "--counts", "2..12");
    assertThat(r.code).as(r.toString()).isZero();
    List<CSVRecord> rows = rows(out.resolve("scan.csv"));
    assertThat(rows).hasSizeGreaterThan(3);
    double vi = 0;
    for (CSVRecord x : rows) {
      assertThat(x.get("marks")).as(table(rows)).doesNotContain("robust");
      vi += Double.parseDouble(x.get("mean_vi"));
    }
    assertThat(vi / rows.size()).as("mean variation of information between starts\n" + table(rows))
        .isGreaterThan(0.3);
  }

  /** Every row's count and localisation are what one propose run at its resolution and seed gives. */
  @Test
  void eachRowIsWhatProposeGivesAtItsResolutionAndSeed() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("again"));
    Random rnd = new Random(3);
    PlantedBlocksTest.writeInputs(dir, PlantedBlocksTest.blocks(rnd), rnd);
    Path out = dir.resolve("scan");
    assertThat(scan(dir, out, "--counts", "3..9", "--seed", "7").code).isZero();
    List<CSVRecord> rows = rows(out.resolve("scan.csv"));
    assertThat(rows).isNotEmpty();
    for (CSVRecord x : rows) {
      Path p = dir.resolve("p" + x.get("footprints"));
      Cli r = Cli.run("propose", "--areas", dir.resolve("areas.geojson").toString(), "--sites",
          dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv").toString(), "--condition", "cancer",
          "--resolution", x.get("resolution"), "--seed", x.get("seed"), "--starts", "1", "--quiet", "--out",
          p.toString());
      assertThat(r.code).as(r.toString()).isZero();
      JsonNode c = new ObjectMapper().readTree(p.resolve("summary.json").toFile()).get("conditions").get("cancer");
      assertThat(c.get("footprints").asText()).isEqualTo(x.get("footprints"));
      assertThat(c.get("localisation").asDouble()).isCloseTo(Double.parseDouble(x.get("localisation")),
          org.assertj.core.data.Offset.offset(1e-6));
      assertThat(c.get("min_population").asDouble()).isCloseTo(Double.parseDouble(x.get("min_population")),
          org.assertj.core.data.Offset.offset(0.5));
    }
  }

  /** A configuration's scan: block scans as the command does, byte for byte; its mistakes come with their lines. */
  @Test
  void theYamlFormScansAsTheCommandDoes() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("yaml"));
    Random rnd = new Random(3);
    PlantedBlocksTest.writeInputs(dir, PlantedBlocksTest.blocks(rnd), rnd);
    Path cli = dir.resolve("cli");
    assertThat(scan(dir, cli, "--counts", "3..8", "--starts", "3").code).isZero();
    Fixtures.write(dir, "scan.yaml", "areas: [areas.geojson]\nsites: sites.csv\nflows: [flows.csv]\n"
        + "conditions: [cancer]\nscan:\n  counts: 3..8\n  starts: 3\n");
    Path yaml = dir.resolve("yaml-out");
    Cli r = Cli.run("run", dir.resolve("scan.yaml").toString(), "--quiet", "--out", yaml.toString());
    assertThat(r.code).as(r.toString()).isZero();
    for (String f : List.of("scan.csv", "cancer/scan.svg")) {
      assertThat(Files.readString(yaml.resolve(f))).as(f).isEqualTo(Files.readString(cli.resolve(f)));
    }
    Fixtures.write(dir, "bad.yaml", "areas: [areas.geojson]\nsites: sites.csv\nflows: [flows.csv]\n"
        + "scan:\n  counts: 9..2\n  strats: 3\n");
    Cli bad = Cli.run("run", dir.resolve("bad.yaml").toString(), "--quiet", "--out", dir.resolve("never").toString());
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("bad.yaml:5").contains("bad.yaml:6").contains("strats");
    assertThat(dir.resolve("never")).doesNotExist();
  }

  @Test
  void theSameOutputsOnOneThreadOrThree() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("threads"));
    Random rnd = new Random(8);
    PlantedBlocksTest.writeInputs(dir, PlantedBlocksTest.blocks(rnd), rnd);
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    assertThat(scan(dir, one, "--counts", "2..10", "--threads", "1").code).isZero();
    assertThat(scan(dir, three, "--counts", "2..10", "--threads", "3").code).isZero();
    for (String f : List.of("scan.csv", "scan.json", "report.html", "cancer/scan.svg")) {
      assertThat(Files.readString(three.resolve(f))).as(f).isEqualTo(Files.readString(one.resolve(f)));
    }
  }

  @Test
  void badCountsAreAUsageError() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("bad"));
    Random rnd = new Random(3);
    PlantedBlocksTest.writeInputs(dir, PlantedBlocksTest.blocks(rnd), rnd);
    for (String counts : List.of("12..2", "0..5", "two..six", "5")) {
      Path out = dir.resolve("never");
      Cli r = scan(dir, out, "--counts", counts);
      assertThat(r.code).as(counts + "\n" + r).isEqualTo(2);
      assertThat(r.err).contains("--counts").doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }
  }

  private static Cli scan(Path dir, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("scan", "--areas", dir.resolve("areas.geojson").toString(), "--sites",
        dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv").toString(), "--condition", "cancer",
        "--quiet", "--out", out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  static List<CSVRecord> rows(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  private static String table(List<CSVRecord> rows) {
    StringBuilder b = new StringBuilder();
    for (CSVRecord x : rows) {
      b.append(String.format(Locale.ROOT, "%3s %10s..%-10s span %7s loc %s min %s starts %s vi %s %s%n",
          x.get("footprints"), x.get("resolution_low"), x.get("resolution_high"), x.get("resolution_span"),
          x.get("localisation"), x.get("min_localisation"), x.get("starts_at_count"), x.get("mean_vi"),
          x.get("marks")));
    }
    return b.toString();
  }

  /** The planted grid's squares, twelve sites on random cells, and every area sending 10 to every site. */
  static void writeUniform(Path dir, Random rnd) throws IOException {
    int side = PlantedBlocksTest.SIDE;
    StringBuilder g = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int cell = 0; cell < side * side; cell++) {
      double r = cell / side;
      double c = cell % side;
      g.append(cell == 0 ? "" : ",").append(String.format(Locale.ROOT,
          "{\"type\":\"Feature\",\"properties\":{\"area_code\":\"%s\",\"population\":1000},\"geometry\":"
              + "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],"
              + "[%.4f,%.4f]]]}}", PlantedBlocksTest.areaCode(cell), PlantedBlocksTest.lon(c),
          PlantedBlocksTest.lat(r), PlantedBlocksTest.lon(c), PlantedBlocksTest.lat(r + 1),
          PlantedBlocksTest.lon(c + 1), PlantedBlocksTest.lat(r + 1), PlantedBlocksTest.lon(c + 1),
          PlantedBlocksTest.lat(r), PlantedBlocksTest.lon(c), PlantedBlocksTest.lat(r)));
    }
    Fixtures.write(dir, "areas.geojson", g.append("]}").toString());
    StringBuilder s = new StringBuilder("site_code,site_name,org_code,org_name,lat,lon\n");
    List<String> codes = new ArrayList<>();
    while (codes.size() < 12) {
      int cell = rnd.nextInt(side * side);
      String code = "U" + cell;
      if (!codes.contains(code)) {
        codes.add(code);
        s.append(String.format(Locale.ROOT, "%s,%s,T%s,Trust %s,%.5f,%.5f%n", code, code, code, code,
            PlantedBlocksTest.lat(cell / side + 0.5), PlantedBlocksTest.lon(cell % side + 0.5)));
      }
    }
    Fixtures.write(dir, "sites.csv", s.toString());
    StringBuilder f = new StringBuilder("area_code,site_code,condition,activity\n");
    for (int cell = 0; cell < side * side; cell++) {
      for (String code : codes) {
        f.append(PlantedBlocksTest.areaCode(cell)).append(',').append(code).append(",cancer,10\n");
      }
    }
    Fixtures.write(dir, "flows.csv", f.toString());
  }
}
