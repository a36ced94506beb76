package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code propose --within} with counts: one total shared out at one resolution, or a count per region from a
 * file. The planted-block grid is cut into a west and an east half (columns 0-14, 15-29) as the reference.
 */
class NestedTargetsTest {
  @TempDir
  Path tmp;

  private Path inputs() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Random rnd = new Random(11);
    PlantedBlocksTest.writeInputs(dir, PlantedBlocksTest.blocks(rnd), rnd);
    StringBuilder halves = new StringBuilder("area_code,region_code,region_name\n");
    for (int cell = 0; cell < PlantedBlocksTest.SIDE * PlantedBlocksTest.SIDE; cell++) {
      boolean west = cell % PlantedBlocksTest.SIDE < PlantedBlocksTest.SIDE / 2;
      halves.append(PlantedBlocksTest.areaCode(cell)).append(west ? ",W,West\n" : ",E,East\n");
    }
    Fixtures.write(dir, "halves.csv", halves.toString());
    return dir;
  }

  private static Cli propose(Path dir, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("propose", "--areas", dir.resolve("areas.geojson").toString(), "--sites",
        dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv").toString(), "--condition", "cancer",
        "--reference", "halves=" + dir.resolve("halves.csv"), "--within", "halves", "--quiet", "--out",
        out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  /** Footprint of each area, and the regions each footprint's areas lie in. */
  private static Map<String, Set<String>> regionsOfFootprints(Path out) throws Exception {
    Map<String, Set<String>> m = new HashMap<>();
    for (CSVRecord r : ScanTest.rows(out.resolve("cancer/assignments.csv"))) {
      if (r.get("kind").equals("area")) {
        int col = Integer.parseInt(r.get("code").substring(3, 5));
        m.computeIfAbsent(r.get("footprint"), x -> new HashSet<>()).add(col < PlantedBlocksTest.SIDE / 2 ? "W" : "E");
      }
    }
    return m;
  }

  @Test
  void oneTotalIsSharedOutAndNothingCrossesTheBorder() throws Exception {
    Path dir = inputs();
    for (int target : List.of(4, 9)) {
      Path out = dir.resolve("total" + target);
      Cli r = propose(dir, out, "--target", String.valueOf(target));
      assertThat(r.code).as(r.toString()).isZero();
      Map<String, Set<String>> regions = regionsOfFootprints(out);
      assertThat(regions).hasSize(target);
      regions.values().forEach(s -> assertThat(s).hasSize(1));
      var c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions").get("cancer");
      assertThat(c.get("footprints").asInt()).isEqualTo(target);
      assertThat(c.get("parameters").get("target").asInt()).isEqualTo(target);
      assertThat(c.get("parameters").get("within").asText()).isEqualTo("halves");
    }
  }

  @Test
  void aCountPerRegionFromAFile() throws Exception {
    Path dir = inputs();
    Fixtures.write(dir, "counts.csv", "region_code,footprints\nW,2\nE,5\n");
    Path out = dir.resolve("per");
    Cli r = propose(dir, out, "--region-targets", dir.resolve("counts.csv").toString());
    assertThat(r.code).as(r.toString()).isZero();
    Map<String, Set<String>> regions = regionsOfFootprints(out);
    long west = regions.values().stream().filter(s -> s.equals(Set.of("W"))).count();
    long east = regions.values().stream().filter(s -> s.equals(Set.of("E"))).count();
    assertThat(west).isEqualTo(2);
    assertThat(east).isEqualTo(5);
    assertThat(regions).hasSize(7);
  }

  @Test
  void mistakesAreClearAndWriteNothing() throws Exception {
    Path dir = inputs();
    Fixtures.write(dir, "unknown.csv", "region_code,footprints\nW,2\nX,5\n");
    Fixtures.write(dir, "zero.csv", "region_code,footprints\nW,0\nE,2\n");
    Path out = dir.resolve("never");
    Cli unknown = propose(dir, out, "--region-targets", dir.resolve("unknown.csv").toString());
    assertThat(unknown.code).isEqualTo(2);
    assertThat(unknown.err).contains("unknown.csv").contains("unknown.csv:3:").contains("X").doesNotContain("Exception");
    Cli zero = propose(dir, out, "--region-targets", dir.resolve("zero.csv").toString());
    assertThat(zero.code).isEqualTo(2);
    assertThat(zero.err).contains("zero.csv:2:");
    Cli both = propose(dir, out, "--region-targets", dir.resolve("zero.csv").toString(), "--target", "5");
    assertThat(both.code).isEqualTo(2);
    assertThat(both.err).contains("--region-targets");
    Cli tooFew = propose(dir, out, "--target", "1");
    assertThat(tooFew.code).isEqualTo(2);
    assertThat(tooFew.err).contains("fewer footprints than the 2 regions");
    Cli noWithin = Cli.run("propose", "--areas", dir.resolve("areas.geojson").toString(), "--sites",
        dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv").toString(), "--region-targets",
        dir.resolve("zero.csv").toString(), "--quiet", "--out", out.toString());
    assertThat(noWithin.code).isEqualTo(2);
    assertThat(noWithin.err).contains("needs --within");
    assertThat(out).doesNotExist();
  }
}
