package io.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;


class CliTest {
  @TempDir
  static Path shared;
  static Path demoOut;

  /** One demo run shared by the tests that only read its outputs. */
  @BeforeAll
  static void runDemo() {
    demoOut = shared.resolve("demo-out");
    Cli r = Cli.run("run", "--out", demoOut.toString(), "--threads", "2");
    assertThat(r.code).as(r.toString()).isZero();
  }

  @Test
  void versionAndHelp() {
    Cli v = Cli.run("--version");
    assertThat(v.code).isZero();
    assertThat(v.out).startsWith("footprint 0.");
    for (String cmd : List.of("run", "propose", "align", "validate", "generate")) {
      Cli h = Cli.run(cmd, "--help");
      assertThat(h.code).as(cmd).isZero();
      assertThat(h.out).as(cmd).contains("Example");
    }
  }

  /** Main adds only the subcommand a command line names; every other command line still sees them all. */
  @Test
  void everySubcommandListedWhereNoneIsNamed() {
    for (Cli r : List.of(Cli.run(), Cli.run("--help"), Cli.run("help"))) {
      assertThat(r.code).as(r.toString()).isZero();
      for (String name : FootprintCommand.SUBCOMMANDS.keySet()) {
        assertThat(r.out).as(r.toString()).containsPattern("(?m)^  " + name + " ");
      }
    }
    Cli typo = Cli.run("proposee");
    assertThat(typo.code).isEqualTo(2);
    assertThat(typo.err).contains("'proposee'").contains("see: footprint --help");
    Cli named = Cli.run("help", "scan");
    assertThat(named.code).isZero();
    assertThat(named.out).contains("Usage: footprint scan");
    assertThat(FootprintCommand.needsOnly("propose")).isTrue();
    assertThat(FootprintCommand.needsOnly("help")).isFalse();
    assertThat(FootprintCommand.needsOnly("--version")).isFalse();
  }

  @Test
  void shellCompletionScript() {
    Cli r = Cli.run("generate-completion");
    assertThat(r.code).isZero();
    assertThat(r.out).contains("complete -F").contains("propose").contains("--min-population");
  }

  @Test
  void usageErrorsExitTwo() {
    Cli r = Cli.run("propose", "--sites", "x.csv");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("Missing required option");
    Cli bad = Cli.run("run", "--method", "kmeans", "--out", shared.resolve("never").toString());
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("--method must be plurality or leiden");
    assertThat(shared.resolve("never")).doesNotExist();
  }

  @Test
  void demoWritesEveryContractOutput() throws IOException {
    assertThat(demoOut.resolve("summary.json")).exists();
    assertThat(demoOut.resolve("report.html")).exists();
    JsonNode summary = new ObjectMapper().readTree(demoOut.resolve("summary.json").toFile());
    JsonNode conditions = summary.get("conditions");
    assertThat(conditions.size()).isEqualTo(8);
    JsonNode cancer = conditions.get("cancer");
    for (String key : List.of("method", "parameters", "footprints", "localisation", "market_share", "modularity",
        "contiguous", "min_population", "alignment")) {
      assertThat(cancer.has(key)).as(key).isTrue();
    }
    assertThat(cancer.get("method").asText()).isEqualTo("leiden");
    assertThat(cancer.get("contiguous").asInt()).isEqualTo(cancer.get("footprints").asInt());
    JsonNode senates = cancer.get("alignment").get("senates");
    for (String key : List.of("aligned", "ari", "nmi")) {
      assertThat(senates.has(key)).as(key).isTrue();
    }
    assertThat(senates.get("reference_partition").get("localisation").asDouble()).isBetween(0.5, 1.0);
    for (String c : List.of("cancer", "trauma", "burns")) {
      for (String f : List.of("footprints.geojson", "assignments.csv", "footprints.csv", "alignment-senates.csv",
          "alignment-ahsns.csv", "regions-senates.csv")) {
        assertThat(demoOut.resolve(c).resolve(f)).exists();
      }
    }
    // nothing left behind but the outputs
    try (Stream<Path> s = Files.list(shared)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.contains("partial"))).isEmpty();
    }
  }

  @Test
  void assignmentsCoverEveryAreaOnce() throws IOException {
    List<String> lines = Files.readAllLines(demoOut.resolve("cancer/assignments.csv"));
    assertThat(lines.get(0)).isEqualTo("kind,code,footprint");
    long areas = lines.stream().filter(l -> l.startsWith("area,")).map(l -> l.split(",")[1]).distinct().count();
    assertThat(areas).isEqualTo(2500);
    assertThat(lines.stream().filter(l -> l.startsWith("area,")).count()).isEqualTo(2500);
  }

  @Test
  void rerunIsByteIdenticalWhateverTheThreads() throws IOException {
    Path again = shared.resolve("demo-again");
    Cli r = Cli.run("run", "--out", again.toString(), "--threads", "1", "--quiet");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEmpty();
    assertThat(tree(again)).isEqualTo(tree(demoOut));
  }

  @Test
  void invalidInputExitsTwoAndLeavesTheOutputAlone() throws IOException {
    Path out = shared.resolve("kept");
    Path a = Fixtures.write(shared, "a.csv", "area_code,population,lat,lon\nE1,10,52.4,-1.9\nE2,10,52.41,-1.9\n");
    Path s = Fixtures.write(shared, "s.csv", "site_code,lat,lon\nS1,52.4,-1.9\n");
    Path good = Fixtures.write(shared, "good.csv", "area_code,site_code,condition,activity\nE1,S1,cancer,5\n");
    Cli earlier = Cli.run("propose", "--areas", a.toString(), "--sites", s.toString(), "--flows", good.toString(),
        "--out", out.toString(), "--quiet");
    assertThat(earlier.code).as(earlier.toString()).isZero();
    Map<String, String> before = tree(out);
    Path f = Fixtures.write(shared, "f.csv", "area_code,site_code,condition,activity\nE1,S1,cancer,-5\nE9,S1,cancer,1\n");
    Cli r = Cli.run("propose", "--areas", a.toString(), "--sites", s.toString(), "--flows", f.toString(), "--out",
        out.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("f.csv:2: column activity: value \"-5\"").contains("f.csv:3: column area_code: value \"E9\"")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(tree(out)).isEqualTo(before);
    Cli v = Cli.run("validate", "--areas", a.toString(), "--sites", s.toString(), "--flows", f.toString());
    assertThat(v.code).isEqualTo(2);
  }

  @Test
  void failedGateExitsThreeWithOutputsWritten() {
    Path out = shared.resolve("gated");
    Cli r = Cli.run("run", "--out", out.toString(), "--quiet", "--method", "plurality", "--fail-on",
        "min_localisation=0.99,non_contiguous=0");
    assertThat(r.code).as(r.toString()).isEqualTo(3);
    assertThat(r.err).contains("gate failed: cancer: min_localisation: worst footprint's localisation")
        .doesNotContain("non_contiguous");
    assertThat(out.resolve("summary.json")).exists();
  }

  /**
   * Travel: summary.json's largest footprint 90th percentile is the largest of footprints.csv's, and
   * {@code --max-travel-km} fails exactly when a bound lies below it; variation.csv has a row per footprint whose
   * expected activities add up to the condition's.
   */
  @Test
  void travelGateAndVariationTable() throws IOException {
    Path out = shared.resolve("travel");
    Cli r = Cli.run("run", "--out", out.toString(), "--quiet");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode cancer = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions")
        .get("cancer");
    double maxP90 = cancer.get("travel").get("max_p90_km").asDouble();
    double worst = 0; // the gate tests every condition: its bound must lie above the largest of them all
    for (JsonNode c : new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions")) {
      worst = Math.max(worst, c.get("travel").get("max_p90_km").asDouble());
    }
    List<Map<String, String>> rows = ScanTest.rows(out.resolve("cancer/footprints.csv")).stream()
        .map(x -> x.toMap()).toList();
    double fromRows = rows.stream().mapToDouble(x -> Double.parseDouble(x.get("travel_p90_km"))).max().orElseThrow();
    assertThat(maxP90).isCloseTo(fromRows, org.assertj.core.api.Assertions.within(0.006));
    List<Map<String, String>> variation = ScanTest.rows(out.resolve("cancer/variation.csv")).stream()
        .map(x -> x.toMap()).toList();
    assertThat(variation).hasSize(cancer.get("footprints").asInt());
    double observed = variation.stream().mapToDouble(x -> Double.parseDouble(x.get("activity"))).sum();
    double expected = variation.stream().mapToDouble(x -> Double.parseDouble(x.get("expected"))).sum();
    assertThat(expected).isCloseTo(observed, org.assertj.core.api.Assertions.within(0.05));
    Path gated = shared.resolve("travel-gated");
    Cli below = Cli.run("run", "--out", gated.toString(), "--quiet", "--max-travel-km",
        String.valueOf(Math.floor(worst)));
    assertThat(below.code).as(below.toString()).isEqualTo(3);
    assertThat(below.err).contains("max_travel_km: largest 90th-percentile travel to a hub (km)");
    Cli above = Cli.run("run", "--out", gated.toString(), "--quiet", "--max-travel-km",
        String.valueOf(Math.ceil(worst)));
    assertThat(above.code).as(above.toString()).isZero();
  }

  /**
   * The demo's operational delivery networks hold their hubs: every burns, neonatal and trauma footprint lists a
   * site with the role (burns centre, neonatal intensive care unit, major trauma centre) in the demo's sites.csv,
   * and its travel is measured to those hubs.
   */
  @Test
  void theDemosNetworksHoldTheirHubs() throws IOException {
    Path out = shared.resolve("hubs");
    Cli r = Cli.run("run", "--out", out.toString(), "--quiet");
    assertThat(r.code).as(r.toString()).isZero();
    Map<String, String> rolesOf = new TreeMap<>();
    for (org.apache.commons.csv.CSVRecord x : ScanTest.rows(Path.of("data/demo/sites.csv"))) {
      rolesOf.put(x.get("site_code"), x.get("roles"));
    }
    Map<String, String> hub = Map.of("burns", "burns:BURNS_CENTRE", "neonatal", "neonatal:NICU", "trauma",
        "trauma:MTC");
    for (Map.Entry<String, String> e : hub.entrySet()) {
      List<org.apache.commons.csv.CSVRecord> rows = ScanTest.rows(out.resolve(e.getKey() + "/footprints.csv"));
      assertThat(rows).isNotEmpty();
      for (org.apache.commons.csv.CSVRecord f : rows) {
        List<String> holders = Stream.of(f.get("site_codes").split(";"))
            .filter(code -> List.of(rolesOf.get(code).split(";")).contains(e.getValue())).toList();
        assertThat(holders).as("%s %s", e.getKey(), f.get("footprint")).isNotEmpty();
        assertThat(List.of(f.get("hub").split(";"))).as("%s %s hubs", e.getKey(), f.get("footprint"))
            .containsExactlyInAnyOrderElementsOf(holders);
      }
    }
  }

  /**
   * Expected activity per area turns the funnel into observed over expected: each footprint's expected is the
   * sum of its areas' (recomputed here from assignments.csv), and the summary says the ratios are standardised.
   */
  @Test
  void expectedActivityStandardisesTheFunnel() throws IOException {
    Path dir = Files.createDirectories(shared.resolve("expected-in"));
    JsonNode areas = new ObjectMapper().readTree(Path.of("data/demo/areas.geojson").toFile()).get("features");
    StringBuilder csv = new StringBuilder("area_code,condition,expected\n");
    Map<String, Double> expectedOf = new TreeMap<>();
    int k = 0;
    for (JsonNode f : areas) {
      String code = f.get("properties").get("area_code").asText();
      double e = f.get("properties").get("population").asDouble() * (k++ % 2 == 0 ? 0.010 : 0.014);
      expectedOf.put(code, e);
      csv.append(code).append(",cancer,").append(e).append('\n');
    }
    Path file = Fixtures.write(dir, "expected.csv", csv.toString());
    Path out = shared.resolve("expected-out");
    Cli r = Cli.run("run", "--out", out.toString(), "--quiet", "--expected", file.toString());
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode v = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions").get("cancer")
        .get("variation");
    assertThat(v.get("rate").asText()).contains("standardised");
    Map<String, Double> sum = new TreeMap<>();
    for (org.apache.commons.csv.CSVRecord a : ScanTest.rows(out.resolve("cancer/assignments.csv"))) {
      if (a.get("kind").equals("area")) {
        sum.merge(a.get("footprint"), expectedOf.get(a.get("code")), Double::sum);
      }
    }
    for (org.apache.commons.csv.CSVRecord row : ScanTest.rows(out.resolve("cancer/variation.csv"))) {
      assertThat(Double.parseDouble(row.get("expected"))).as(row.get("footprint"))
          .isCloseTo(sum.get(row.get("footprint")), org.assertj.core.api.Assertions.within(0.006));
    }
    // other conditions stay crude
    assertThat(new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions").get("trauma")
        .get("variation").get("rate").asText()).contains("crude");
  }

  /** Nested in senates: every senate hosts a footprint, none crosses a border; the cost is reported. */
  @Test
  void nestedFootprintsNeverCrossASenate() throws IOException {
    Path out = shared.resolve("nested");
    Cli r = Cli.run("run", "--out", out.toString(), "--quiet", "--within", "senates");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode conditions = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions");
    for (JsonNode c : conditions) {
      JsonNode senates = c.get("alignment").get("senates");
      assertThat(senates.get("aligned").asInt()).isEqualTo(c.get("footprints").asInt());
      for (JsonNode region : senates.get("footprints_per_region")) {
        assertThat(region.get("hosted").asInt()).isPositive();
        assertThat(region.get("crossing").asInt()).isZero();
      }
      assertThat(c.get("within").get("localisation_lost").asDouble()).isPositive();
    }
  }

  /** Realigned footprints, written with --realign, are aligned wherever a home footprint borders the areas moved. */
  @Test
  void realignmentAppliedAlignsFootprints() throws IOException {
    Path out = shared.resolve("realigned");
    Cli r = Cli.run("run", "--out", out.toString(), "--quiet", "--realign", "--reference", "senates");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions")
        .get("maternity_children");
    JsonNode re = c.get("alignment").get("senates").get("realignment");
    assertThat(re.get("areas_moved").asInt()).isPositive();
    assertThat(re.get("aligned_after").asInt()).isEqualTo(c.get("footprints").asInt());
    JsonNode all = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions");
    for (JsonNode cond : all) {
      JsonNode ra = cond.get("alignment").get("senates").get("realignment");
      assertThat(ra.get("still_misaligned").size()).isEqualTo(cond.get("footprints").asInt()
          - ra.get("aligned_after").asInt());
      for (JsonNode stuck : ra.get("still_misaligned")) {
        assertThat(stuck.get("reason").asText()).isNotBlank();
      }
    }
    List<String> moved = Files.readAllLines(out.resolve("maternity_children/realignment-senates.csv"));
    assertThat(moved).hasSize(re.get("areas_moved").asInt() + 1);
    List<String> realigned = Files.readAllLines(out.resolve("maternity_children/realigned-senates/alignment-senates.csv"));
    assertThat(realigned.subList(1, realigned.size())).allMatch(l -> l.split(",")[5].equals("true"));
  }

  @Test
  void alignReadsAnEarlierRun() throws IOException {
    Path out = shared.resolve("aligned");
    Cli r = Cli.run("align", "--footprints", demoOut.toString(), "--reference", "ahsns", "--out", out.toString(),
        "--quiet");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(Files.readString(out.resolve("cancer/assignments.csv")))
        .isEqualTo(Files.readString(demoOut.resolve("cancer/assignments.csv")));
    assertThat(Files.readString(out.resolve("cancer/alignment-ahsns.csv")))
        .isEqualTo(Files.readString(demoOut.resolve("cancer/alignment-ahsns.csv")));
  }

  @Test
  void validatePrintsASummary() throws IOException {
    Path dir = Demo.extract();
    Cli r = Cli.run("validate", "--areas", dir.resolve("areas.geojson").toString(), "--sites",
        dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv.gz").toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("areas: 2500 (polygons), population 55,000,007").contains("sites: 180")
        .contains("conditions: 8").contains("inputs are valid");
  }

  /** Relative path to SHA-256 of every file under root, to compare output trees byte for byte. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
      }
    }
    return m;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
