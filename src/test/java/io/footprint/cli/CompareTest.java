package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} end to end: two hand-made partitions of four areas of 100 residents, A = {P, P, Q, Q} and
 * B = {X, X, X, Y}, whose indices are worked out by hand; an earlier output against a lookup; mistakes.
 */
class CompareTest {
  @TempDir
  Path tmp;

  /**
   * Residents as counts: A's units 200, 200; B's 300, 100; shared P-X 200, Q-X 100, Q-Y 100. Pairs within cells
   * C(200,2) + C(100,2) + C(100,2) = 19,900 + 4,950 + 4,950 = 29,800; A's rows 2 C(200,2) = 39,800; B's columns
   * C(300,2) + C(100,2) = 44,850 + 4,950 = 49,800; all pairs C(400,2) = 79,800. Expected 39,800 x 49,800 /
   * 79,800 = 24,837.59; ARI = (29,800 - 24,837.59) / ((39,800 + 49,800) / 2 - 24,837.59) = 0.24861. H(A) = ln 2,
   * H(B) = -(3/4 ln 3/4 + 1/4 ln 1/4), I = H(B) - H(B|A) with H(B|A) = 1/2 ln 2: VI = H(A) + H(B) - 2I. Mapcurves
   * and matches as in MapComparisonTest: 2/3 both ways, Q's match Y, area 3 changed.
   */
  @Test
  void twoHandMadePartitions() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("hand"));
    Fixtures.write(dir, "areas.csv", "area_code,area_name,population,lat,lon\nA1,a1,100,52.40,-1.90\n"
        + "A2,a2,100,52.40,-1.88\nA3,a3,100,52.38,-1.90\nA4,a4,100,52.38,-1.88\n");
    Fixtures.write(dir, "a.csv", "area_code,region_code,region_name\nA1,P,Pe\nA2,P,Pe\nA3,Q,Qu\nA4,Q,Qu\n");
    Fixtures.write(dir, "b.csv", "area_code,region_code\nA1,X\nA2,X\nA3,X\nA4,Y\n");
    Path out = dir.resolve("out");
    Cli r = Cli.run("compare", "a=" + dir.resolve("a.csv"), "b=" + dir.resolve("b.csv"), "--areas",
        dir.resolve("areas.csv").toString(), "--quiet", "--out", out.toString());
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode c = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
    // the keys in the order written, whatever the run (immutable maps iterate in an order that changes per JVM)
    assertThat(c.get("a").fieldNames()).toIterable().containsExactly("name", "source", "units");
    assertThat(c.get("b").fieldNames()).toIterable().containsExactly("name", "source", "units");
    double expected = 39800.0 * 49800 / 79800;
    double ari = (29800 - expected) / ((39800 + 49800) / 2.0 - expected);
    double ha = Math.log(2);
    double hb = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    double mi = hb - 0.5 * Math.log(2);
    JsonNode ag = c.get("agreement");
    assertThat(ag.get("ari").asDouble()).isCloseTo(ari, within(1e-6));
    assertThat(ag.get("vi").asDouble()).isCloseTo(ha + hb - 2 * mi, within(1e-6));
    assertThat(ag.get("nmi").asDouble()).isCloseTo(mi / ((ha + hb) / 2), within(1e-6));
    assertThat(ag.get("mapcurves_a_in_b").asDouble()).isCloseTo(2.0 / 3, within(1e-6));
    assertThat(ag.get("mapcurves_b_in_a").asDouble()).isCloseTo(2.0 / 3, within(1e-6));
    assertThat(c.get("areas_changed").asInt()).isEqualTo(1);
    assertThat(c.get("residents_changed").asInt()).isEqualTo(100);
    List<CSVRecord> units = ScanTest.rows(out.resolve("units.csv"));
    assertThat(units).extracting(x -> x.get("unit") + ">" + x.get("best_match") + " " + x.get("jaccard"))
        .containsExactly("P>X 0.666667", "Q>Y 0.5");
    assertThat(units.get(0).get("name")).isEqualTo("Pe");
    List<CSVRecord> changes = ScanTest.rows(out.resolve("changes.csv"));
    assertThat(changes).extracting(x -> x.get("area_code") + " " + x.get("a") + " " + x.get("b") + " "
        + x.get("a_match_in_b")).containsExactly("A3 Q X Y");
    assertThat(out.resolve("changes.geojson")).doesNotExist(); // centroids only: no boundaries to map
  }

  @Test
  void anEarlierOutputAgainstALookupAndItsMistakes() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Random rnd = new Random(11);
    int[] block = PlantedBlocksTest.blocks(rnd);
    PlantedBlocksTest.writeInputs(dir, block, rnd);
    Path run = dir.resolve("run");
    assertThat(Cli.run("propose", "--areas", dir.resolve("areas.geojson").toString(), "--sites",
        dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv").toString(), "--condition", "cancer",
        "--quiet", "--out", run.toString()).code).isZero();
    StringBuilder lookup = new StringBuilder("area_code,region_code\n");
    for (int cell = 0; cell < block.length; cell++) {
      lookup.append(PlantedBlocksTest.areaCode(cell)).append(",B").append(block[cell]).append('\n');
    }
    Fixtures.write(dir, "blocks.csv", lookup.toString());
    Path out = dir.resolve("cmp");
    Cli r = Cli.run("compare", run.toString(), "blocks=" + dir.resolve("blocks.csv"), "--areas",
        dir.resolve("areas.geojson").toString(), "--quiet", "--out", out.toString());
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode ag = new ObjectMapper().readTree(out.resolve("compare.json").toFile()).get("agreement");
    // the proposal is the blocks (PlantedBlocksTest): every index says so
    assertThat(ag.get("ari").asDouble()).isEqualTo(1.0);
    assertThat(ag.get("vi").asDouble()).isEqualTo(0.0);
    assertThat(ag.get("mapcurves_a_in_b").asDouble()).isEqualTo(1.0);
    assertThat(ScanTest.rows(out.resolve("changes.csv"))).isEmpty();
    if (Fixtures.onPath("ogrinfo")) {
      assertThat(Fixtures.ogrinfo(out.resolve("changes.geojson"))).contains("Feature Count: 0");
    }
    Fixtures.write(dir, "short.csv", lookup.substring(0, lookup.lastIndexOf("G")));
    Path never = dir.resolve("never");
    Cli missing = Cli.run("compare", run.toString(), "s=" + dir.resolve("short.csv"), "--areas",
        dir.resolve("areas.geojson").toString(), "--quiet", "--out", never.toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("short.csv").contains("no unit").doesNotContain("Exception");
    Cli notOutput = Cli.run("compare", dir.toString(), "s=" + dir.resolve("blocks.csv"), "--areas",
        dir.resolve("areas.geojson").toString(), "--quiet", "--out", never.toString());
    assertThat(notOutput.code).as(notOutput.toString()).isEqualTo(2);
    assertThat(never).doesNotExist();
  }
}
