package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refine} end to end on the planted blocks: a starting map that is the blocks with three border areas
 * put in a neighbouring block must be refined by moving exactly those three back, in order of gain, and no
 * more; its figures are recomputed here from the input files.
 */
class RefineRunTest {
  private static final int SIDE = PlantedBlocksTest.SIDE;

  @TempDir
  Path tmp;

  private static int[] neighbours(int cell) {
    int r = cell / SIDE;
    int c = cell % SIDE;
    return new int[] {r > 0 ? cell - SIDE : -1, r < SIDE - 1 ? cell + SIDE : -1, c > 0 ? cell - 1 : -1,
        c < SIDE - 1 ? cell + 1 : -1};
  }

  /** Whether the cells of unit u stay connected without {@code gone}. */
  private static boolean connectedWithout(int[] unit, int u, int gone) {
    boolean[] seen = new boolean[unit.length];
    java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
    int size = 0;
    for (int cell = 0; cell < unit.length; cell++) {
      if (unit[cell] == u && cell != gone) {
        size++;
        if (q.isEmpty()) {
          q.add(cell);
          seen[cell] = true;
        }
      }
    }
    int reached = 0;
    while (!q.isEmpty()) {
      int x = q.poll();
      reached++;
      for (int y : neighbours(x)) {
        if (y >= 0 && !seen[y] && y != gone && unit[y] == u) {
          seen[y] = true;
          q.add(y);
        }
      }
    }
    return reached == size;
  }

  @Test
  void movesBackExactlyTheMisplacedAreasInOrderOfGain() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    int[] block = plantedInputs(dir);
    // three border cells of different blocks, none a cut vertex of its block, each given to a neighbour block
    int[] start = block.clone();
    List<String> misplaced = new ArrayList<>();
    boolean[] used = new boolean[PlantedBlocksTest.BLOCKS];
    for (int cell = 0; cell < start.length && misplaced.size() < 3; cell++) {
      for (int n : neighbours(cell)) {
        if (n >= 0 && block[n] != block[cell] && !used[block[cell]] && !used[block[n]]
            && connectedWithout(start, block[cell], cell)) {
          used[block[cell]] = true;
          used[block[n]] = true;
          start[cell] = block[n];
          misplaced.add(PlantedBlocksTest.areaCode(cell));
          break;
        }
      }
    }
    assertThat(misplaced).hasSize(3);
    StringBuilder lookup = new StringBuilder("area_code,region_code,region_name\n");
    for (int cell = 0; cell < start.length; cell++) {
      lookup.append(PlantedBlocksTest.areaCode(cell)).append(",B").append(start[cell]).append(",Block ")
          .append(start[cell]).append('\n');
    }
    Fixtures.write(dir, "start.csv", lookup.toString());
    Path out = dir.resolve("out");
    Cli r = refine(dir, out, "blocks=" + dir.resolve("start.csv"));
    assertThat(r.code).as(r.toString()).isZero();
    List<CSVRecord> path = ScanTest.rows(out.resolve("cancer/refine.csv"));
    assertThat(path).extracting(x -> x.get("area_code")).containsExactlyInAnyOrderElementsOf(misplaced);
    for (int k = 1; k < path.size(); k++) {
      assertThat(Double.parseDouble(path.get(k).get("gain"))).isLessThanOrEqualTo(
          Double.parseDouble(path.get(k - 1).get("gain")));
    }
    // localisation recomputed from the files: each flow inside when its area's unit holds its site's block
    Map<String, Integer> unitOfArea = new HashMap<>();
    for (int cell = 0; cell < start.length; cell++) {
      unitOfArea.put(PlantedBlocksTest.areaCode(cell), start[cell]);
    }
    double in = 0;
    double all = 0;
    double inAfter = 0;
    List<String> flows = Files.readAllLines(dir.resolve("flows.csv"));
    for (String line : flows.subList(1, flows.size())) {
      String[] f = line.split(",");
      int siteBlock = f[1].charAt(1) - '0';
      double w = Double.parseDouble(f[3]);
      all += w;
      in += unitOfArea.get(f[0]) == siteBlock ? w : 0;
      int cell = Integer.parseInt(f[0].substring(1, 3)) * SIDE + Integer.parseInt(f[0].substring(3, 5));
      inAfter += block[cell] == siteBlock ? w : 0;
    }
    JsonNode c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions").get("cancer");
    assertThat(c.get("refine").get("localisation_start").asDouble()).isCloseTo(in / all, within(1e-6));
    assertThat(c.get("localisation").asDouble()).isCloseTo(inAfter / all, within(1e-6));
    assertThat(Double.parseDouble(path.get(path.size() - 1).get("localisation"))).isCloseTo(inAfter / all,
        within(1e-6));
    assertThat(c.get("footprints").asInt()).isEqualTo(PlantedBlocksTest.BLOCKS);
    assertThat(c.get("refine").get("moves").asInt()).isEqualTo(3);
    // aligned with the start map: every refined unit keeps its block's code as host
    assertThat(Files.readString(out.resolve("cancer/alignment-blocks.csv"))).contains("B0").contains("B5");
  }

  /**
   * The planted blocks with one border cell made a unit of its own: holding the count, nothing gains; with
   * {@code --allow-merge 1} the one move is that unit merging back into its block, whose sites its residents
   * use, and the blocks are footprints again.
   */
  @Test
  void aUnitOfOneCellMergesBackWhenMergesAreAllowed() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    int[] block = plantedInputs(dir);
    int alone = -1;
    for (int cell = 0; cell < block.length && alone < 0; cell++) {
      if (connectedWithout(block, block[cell], cell)) {
        alone = cell;
      }
    }
    StringBuilder lookup = new StringBuilder("area_code,region_code,region_name\n");
    for (int cell = 0; cell < block.length; cell++) {
      String code = cell == alone ? "X" : "B" + block[cell];
      lookup.append(PlantedBlocksTest.areaCode(cell)).append(',').append(code).append(',').append(code).append('\n');
    }
    Fixtures.write(dir, "start.csv", lookup.toString());
    Path held = dir.resolve("held");
    assertThat(refine(dir, held, "cells=" + dir.resolve("start.csv")).code).isZero();
    JsonNode h = new ObjectMapper().readTree(held.resolve("summary.json").toFile()).get("conditions").get("cancer");
    assertThat(h.get("footprints").asInt()).isEqualTo(PlantedBlocksTest.BLOCKS + 1);
    Path out = dir.resolve("out");
    Cli r = refine(dir, out, "cells=" + dir.resolve("start.csv"), "--allow-merge", "1");
    assertThat(r.code).as(r.toString()).isZero();
    List<CSVRecord> path = ScanTest.rows(out.resolve("cancer/refine.csv"));
    assertThat(path).hasSize(1);
    assertThat(path.get(0).get("merged")).isEqualTo("yes");
    assertThat(path.get(0).get("area_code")).isEmpty();
    assertThat(path.get(0).get("from")).isEqualTo("X");
    assertThat(path.get(0).get("to")).isEqualTo("B" + block[alone]);
    assertThat(path.get(0).get("from_footprint")).isEqualTo(path.get(0).get("to_footprint"));
    JsonNode c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions").get("cancer");
    assertThat(c.get("footprints").asInt()).isEqualTo(PlantedBlocksTest.BLOCKS);
    assertThat(c.get("parameters").get("merges").asInt()).isEqualTo(1);
  }

  /** An earlier output is a map to start from (and a reference): the planted blocks found, nothing to move. */
  @Test
  void anEarlierOutputIsAMapToRefine() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("earlier"));
    plantedInputs(dir);
    Path run = dir.resolve("run");
    assertThat(Cli.run("propose", "--areas", dir.resolve("areas.geojson").toString(), "--sites",
        dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv").toString(), "--condition", "cancer",
        "--quiet", "--out", run.toString()).code).isZero();
    Path out = dir.resolve("out");
    Cli r = refine(dir, out, "earlier=" + run);
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions").get("cancer");
    assertThat(c.get("refine").get("moves").asInt()).isZero();
    assertThat(c.get("footprints").asInt()).isEqualTo(PlantedBlocksTest.BLOCKS);
    // its sites stay in the footprints the earlier output gave them, so the start is scored as that output was
    JsonNode before = new ObjectMapper().readTree(run.resolve("summary.json").toFile()).get("conditions").get("cancer");
    assertThat(c.get("refine").get("localisation_start").asDouble()).isEqualTo(before.get("localisation").asDouble());
    assertThat(c.get("alignment").get("earlier").get("reference_partition").get("localisation").asDouble())
        .isEqualTo(before.get("localisation").asDouble());
    assertThat(c.get("alignment").get("earlier").get("aligned").asInt()).isEqualTo(PlantedBlocksTest.BLOCKS);
  }

  @Test
  void aMapThatDoesNotFitIsAnInputError() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("bad"));
    int[] block = plantedInputs(dir);
    StringBuilder missing = new StringBuilder("area_code,region_code\n");
    StringBuilder unknown = new StringBuilder("area_code,region_code\n");
    StringBuilder pieces = new StringBuilder("area_code,region_code\n");
    for (int cell = 0; cell < block.length; cell++) {
      String code = PlantedBlocksTest.areaCode(cell);
      if (cell != 17) {
        missing.append(code).append(",B").append(block[cell]).append('\n');
      }
      unknown.append(code).append(",B").append(block[cell]).append('\n');
      // the top-left and bottom-right corners in one unit of their own: two pieces
      boolean corner = cell == 0 || cell == block.length - 1;
      pieces.append(code).append(corner ? ",C" : ",B" + block[cell]).append('\n');
    }
    unknown.append("ZZ999,B1\n");
    Fixtures.write(dir, "missing.csv", missing.toString());
    Fixtures.write(dir, "unknown.csv", unknown.toString());
    Fixtures.write(dir, "pieces.csv", pieces.toString());
    Path out = dir.resolve("never");
    Cli m = refine(dir, out, "m=" + dir.resolve("missing.csv"));
    assertThat(m.code).as(m.toString()).isEqualTo(2);
    assertThat(m.err).contains("missing.csv").contains(PlantedBlocksTest.areaCode(17)).contains("no unit");
    Cli u = refine(dir, out, "u=" + dir.resolve("unknown.csv"));
    assertThat(u.code).as(u.toString()).isEqualTo(2);
    assertThat(u.err).contains("unknown.csv:" + (block.length + 2)).contains("ZZ999");
    Cli p = refine(dir, out, "p=" + dir.resolve("pieces.csv"));
    assertThat(p.code).as(p.toString()).isEqualTo(2);
    assertThat(p.err).contains("pieces.csv").contains("\"C\"").contains("more than one piece");
    assertThat(out).doesNotExist();
  }

  /** The planted blocks' inputs written to {@code dir} (seed 11); returns each cell's block. */
  private static int[] plantedInputs(Path dir) throws java.io.IOException {
    Random rnd = new Random(11);
    int[] block = PlantedBlocksTest.blocks(rnd);
    PlantedBlocksTest.writeInputs(dir, block, rnd);
    return block;
  }

  private static Cli refine(Path dir, Path out, String start, String... more) {
    List<String> args = new ArrayList<>(List.of("refine", "--areas", dir.resolve("areas.geojson").toString(),
        "--sites", dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv").toString(),
        "--condition", "cancer", "--start", start, "--quiet", "--out", out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }
}
