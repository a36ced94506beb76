package io.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


/**
 * Real England: 6,791 MSOAs, OHID trust catchment flows (all admissions), the 2013 senates by
 * lookup. Skips, saying why, when ../shared/data/england is absent.
 */
class EnglandTest {
  @TempDir
  Path dir;

  private Cli propose(Path e, Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("propose", "--areas", e.resolve("areas.geojson").toString(),
        "--areas", e.resolve("areas.csv").toString(), "--sites", e.resolve("sites.csv").toString(), "--flows",
        e.resolve("flows.csv").toString(), "--condition", "all_admissions", "--reference",
        "senates=" + e.resolve("msoa_senates_2013.csv"), "--out", out.toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(new String[0]));
  }

  @Test
  void pluralityFootprintsOfEngland() throws Exception {
    Path e = Fixtures.england();
    assumeTrue(e != null, "../shared/data/england not found: real-data test skipped");
    Path out = dir.resolve("plurality");
    Cli r = propose(e, out, "--method", "plurality");
    assertThat(r.code).as(r.toString()).isZero();
    System.out.println("England, plurality:\n" + r.out);
    // every one of the 6,791 areas assigned exactly once
    List<String> rows = Files.readAllLines(out.resolve("all_admissions/assignments.csv"));
    assertThat(rows.stream().filter(l -> l.startsWith("area,")).count()).isEqualTo(6791);
    assertThat(rows.stream().filter(l -> l.startsWith("area,")).map(l -> l.split(",")[1]).distinct().count())
        .isEqualTo(6791);
    JsonNode c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions")
        .get("all_admissions");
    assertThat(c.get("contiguous").asInt()).isEqualTo(c.get("footprints").asInt());
    JsonNode senates = c.get("alignment").get("senates").get("reference_partition");
    // the data README's independent computation: localisation 0.932, modularity 0.835
    assertThat(senates.get("localisation").asDouble()).isCloseTo(0.932, within(0.0005));
    assertThat(senates.get("modularity").asDouble()).isCloseTo(0.835, within(0.0005));
    assertThat(independentLocalisation(e, out)).isCloseTo(c.get("localisation").asDouble(), within(1e-6));
    if (Fixtures.onPath("ogrinfo")) {
      assertThat(Fixtures.ogrinfo(out.resolve("all_admissions/footprints.geojson")))
          .contains("Feature Count: " + c.get("footprints").asInt());
    }
  }

  @Test
  void twelveContiguousLeidenFootprintsBeatTheSenates() throws Exception {
    Path e = Fixtures.england();
    assumeTrue(e != null, "../shared/data/england not found: real-data test skipped");
    Path out = dir.resolve("leiden12");
    Cli r = propose(e, out, "--target", "12");
    assertThat(r.code).as(r.toString()).isZero();
    System.out.println("England, leiden --target 12:\n" + r.out);
    JsonNode c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions")
        .get("all_admissions");
    assertThat(c.get("footprints").asInt()).isEqualTo(12);
    assertThat(c.get("contiguous").asInt()).isEqualTo(12);
    double senates = c.get("alignment").get("senates").get("reference_partition").get("localisation").asDouble();
    assertThat(c.get("localisation").asDouble()).isGreaterThan(senates + 0.02);
    assertThat(independentLocalisation(e, out)).isCloseTo(c.get("localisation").asDouble(), within(1e-6));
  }

  /** Nested in the 2013 senates: footprints in every senate, none crossing a border, all contiguous. */
  @Test
  void nestedInTheSenates() throws Exception {
    Path e = Fixtures.england();
    assumeTrue(e != null, "../shared/data/england not found: real-data test skipped");
    Path out = dir.resolve("nested");
    Cli r = propose(e, out, "--within", "senates", "--reference", "polygons=" + e.resolve("senates_2013.geojson"));
    assertThat(r.code).as(r.toString()).isZero();
    System.out.println("England, leiden --within senates:\n" + r.out);
    JsonNode c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions")
        .get("all_admissions");
    JsonNode senates = c.get("alignment").get("senates");
    assertThat(senates.get("aligned").asInt()).isEqualTo(c.get("footprints").asInt());
    assertThat(c.get("contiguous").asInt()).isEqualTo(c.get("footprints").asInt());
    assertThat(senates.get("footprints_per_region").size()).isEqualTo(12);
    for (JsonNode region : senates.get("footprints_per_region")) {
      assertThat(region.get("hosted").asInt()).isPositive();
      assertThat(region.get("crossing").asInt()).isZero();
    }
    System.out.println("localisation lost by nesting: " + c.get("within"));
    // the senate polygons, areas joined by centroid, score as a partition close to the CCG-based lookup
    JsonNode polygons = c.get("alignment").get("polygons").get("reference_partition");
    assertThat(polygons.get("localisation").asDouble()).isCloseTo(0.932, within(0.002));
  }

  /**
   * Realignment applied aligns every footprint with the senates at the default resolution; with 12
   * footprints, every one it cannot align holds residents of a senate that hosts no footprint.
   */
  @Test
  void realignmentAlignsWhatMovesCanAlign() throws Exception {
    Path e = Fixtures.england();
    assumeTrue(e != null, "../shared/data/england not found: real-data test skipped");
    for (String target : List.of("0", "12")) {
      Path out = dir.resolve("realign" + target);
      Cli r = propose(e, out, "--realign", "--target", target);
      assertThat(r.code).as(r.toString()).isZero();
      JsonNode c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions")
          .get("all_admissions");
      JsonNode re = c.get("alignment").get("senates").get("realignment");
      System.out.println("England, --target " + target + ", realignment with the senates: " + re);
      if (target.equals("0")) {
        assertThat(re.get("aligned_after").asInt()).isEqualTo(c.get("footprints").asInt());
      }
      assertThat(re.get("aligned_after").asInt() + re.get("still_misaligned").size())
          .isEqualTo(c.get("footprints").asInt());
      for (JsonNode left : re.get("still_misaligned")) {
        assertThat(left.get("regions_hosting_no_footprint").size()).isPositive();
      }
      List<String> realigned = Files.readAllLines(out.resolve("all_admissions/realigned-senates/alignment-senates.csv"));
      assertThat(realigned.stream().skip(1).filter(l -> l.contains(",true,")).count())
          .isEqualTo(re.get("aligned_after").asLong());
    }
  }

  /** Overall localisation recomputed from the input flows and the written assignments, by a plain loop. */
  static double independentLocalisation(Path e, Path out) throws IOException {
    Map<String, String> fp = new HashMap<>();
    for (String l : Files.readAllLines(out.resolve("all_admissions/assignments.csv"))) {
      String[] p = l.split(",");
      fp.put(p[0] + ":" + p[1], p[2]);
    }
    double in = 0;
    double all = 0;
    List<String> flows = Files.readAllLines(e.resolve("flows.csv"));
    for (String l : flows.subList(1, flows.size())) {
      String[] p = l.split(",");
      double a = Double.parseDouble(p[3]);
      all += a;
      if (fp.get("area:" + p[0]).equals(fp.get("site:" + p[1]))) {
        in += a;
      }
    }
    return in / all;
  }
}
