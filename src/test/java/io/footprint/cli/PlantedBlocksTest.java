package io.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.footprint.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthetic geography whose answer is known (as conveyal/r5's SimpsonDesertTests): a 30 x 30 grid of
 * square areas cut into six irregular blocks (the grid cells nearest each of six random centres), two
 * sites in each block that only its own residents use, plus 3% of each area's activity leaking to a
 * site of another block, and some interior areas with no activity at all. Keeping each block whole
 * beats splitting it (a split cuts areas off the block's sites) and beats merging two (the leak is far
 * below what the null model expects between blocks), so the footprints must be exactly the blocks.
 * The whole pipeline runs: files in, polygon adjacency, Leiden with contiguity on and off, files out.
 */
class PlantedBlocksTest {
  static final int SIDE = 30;
  static final int BLOCKS = 6;

  @TempDir
  Path tmp;

  @Test
  void footprintsAreThePlantedBlocks() throws Exception {
    Random rnd = new Random(11);
    for (int layout = 0; layout < 3; layout++) {
      int[] block = blocks(rnd);
      Path dir = Files.createDirectories(tmp.resolve("layout" + layout));
      writeInputs(dir, block, rnd);
      for (String contiguity : List.of("on", "off")) {
        for (String seed : List.of("1", "2")) {
          Path out = dir.resolve("out-" + contiguity + "-" + seed);
          Cli r = Cli.run("propose", "--areas", dir.resolve("areas.geojson").toString(), "--sites",
              dir.resolve("sites.csv").toString(), "--flows", dir.resolve("flows.csv").toString(), "--condition",
              "cancer", "--contiguity", contiguity, "--seed", seed, "--quiet", "--out", out.toString());
          String what = "layout " + layout + ", contiguity " + contiguity + ", seed " + seed;
          assertThat(r.code).as(what + "\n" + r).isZero();
          Map<String, Integer> footprint = assignments(out.resolve("cancer/assignments.csv"));
          Map<Integer, Integer> footprintOfBlock = new HashMap<>();
          Map<Integer, Integer> blockOfFootprint = new HashMap<>();
          for (int cell = 0; cell < SIDE * SIDE; cell++) {
            int f = footprint.get(areaCode(cell));
            int b = block[cell];
            assertThat(footprintOfBlock.computeIfAbsent(b, x -> f)).as(what + ", cell " + cell).isEqualTo(f);
            assertThat(blockOfFootprint.computeIfAbsent(f, x -> b)).as(what + ", cell " + cell).isEqualTo(b);
          }
          for (int b = 0; b < BLOCKS; b++) {
            for (int k = 0; k < 2; k++) {
              assertThat(footprint.get(siteCode(b, k))).as(what + ", site " + siteCode(b, k))
                  .isEqualTo(footprintOfBlock.get(b));
            }
          }
          JsonNode c = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("conditions")
              .get("cancer");
          assertThat(c.get("footprints").asInt()).as(what).isEqualTo(BLOCKS);
          assertThat(c.get("contiguous").asInt()).as(what).isEqualTo(BLOCKS);
          if (layout == 0 && seed.equals("1") && Fixtures.onPath("ogrinfo")) {
            assertThat(Fixtures.ogrinfo(out.resolve("cancer/footprints.geojson"))).contains("Feature Count: 6");
          }
        }
      }
    }
  }

  /**
   * Each cell's block: the nearest of six random centres (ties: the lower block). Layouts with a block
   * of under 60 cells or one not connected through shared edges are drawn again.
   */
  static int[] blocks(Random rnd) {
    while (true) {
      int[] cr = new int[BLOCKS];
      int[] cc = new int[BLOCKS];
      for (int b = 0; b < BLOCKS; b++) {
        cr[b] = rnd.nextInt(SIDE);
        cc[b] = rnd.nextInt(SIDE);
      }
      int[] block = new int[SIDE * SIDE];
      int[] size = new int[BLOCKS];
      for (int cell = 0; cell < block.length; cell++) {
        int best = 0;
        for (int b = 1; b < BLOCKS; b++) {
          if (dist2(cell, cr[b], cc[b]) < dist2(cell, cr[best], cc[best])) {
            best = b;
          }
        }
        block[cell] = best;
        size[best]++;
      }
      boolean ok = true;
      for (int b = 0; b < BLOCKS; b++) {
        ok &= size[b] >= 60 && connected(block, b, size[b]);
      }
      if (ok) {
        return block;
      }
    }
  }

  private static int dist2(int cell, int r, int c) {
    int dr = cell / SIDE - r;
    int dc = cell % SIDE - c;
    return dr * dr + dc * dc;
  }

  private static boolean connected(int[] block, int b, int size) {
    boolean[] seen = new boolean[block.length];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int cell = 0; cell < block.length && queue.isEmpty(); cell++) {
      if (block[cell] == b) {
        queue.add(cell);
        seen[cell] = true;
      }
    }
    int reached = 0;
    while (!queue.isEmpty()) {
      int cell = queue.poll();
      reached++;
      for (int n : neighbours(cell)) {
        if (n >= 0 && !seen[n] && block[n] == b) {
          seen[n] = true;
          queue.add(n);
        }
      }
    }
    return reached == size;
  }

  private static int[] neighbours(int cell) {
    int r = cell / SIDE;
    int c = cell % SIDE;
    return new int[] {r > 0 ? cell - SIDE : -1, r < SIDE - 1 ? cell + SIDE : -1, c > 0 ? cell - 1 : -1,
        c < SIDE - 1 ? cell + 1 : -1};
  }

  private static boolean interior(int[] block, int cell) {
    for (int n : neighbours(cell)) {
      if (n < 0 || block[n] != block[cell]) {
        return false;
      }
    }
    return true;
  }

  static String areaCode(int cell) {
    return String.format(Locale.ROOT, "G%02d%02d", cell / SIDE, cell % SIDE);
  }

  static String siteCode(int block, int k) {
    return "S" + block + (char) ('a' + k);
  }

  static double lon(double col) {
    return Fixtures.LON0 + col * Fixtures.STEP;
  }

  static double lat(double row) {
    return Fixtures.LAT0 - row * Fixtures.STEP;
  }

  /** Areas (GeoJSON squares), two sites per block in two of its cells, and the flows. */
  static void writeInputs(Path dir, int[] block, Random rnd) throws IOException {
    StringBuilder g = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int cell = 0; cell < block.length; cell++) {
      double r = cell / SIDE;
      double c = cell % SIDE;
      g.append(cell == 0 ? "" : ",").append(String.format(Locale.ROOT,
          "{\"type\":\"Feature\",\"properties\":{\"area_code\":\"%s\",\"population\":1000},\"geometry\":"
              + "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],"
              + "[%.4f,%.4f]]]}}",
          areaCode(cell), lon(c), lat(r), lon(c), lat(r + 1), lon(c + 1), lat(r + 1), lon(c + 1), lat(r), lon(c),
          lat(r)));
    }
    Fixtures.write(dir, "areas.geojson", g.append("]}").toString());
    StringBuilder s = new StringBuilder("site_code,site_name,org_code,org_name,lat,lon\n");
    for (int b = 0; b < BLOCKS; b++) {
      int found = 0;
      for (int cell = 0; cell < block.length && found < 2; cell++) {
        if (block[cell] == b && interior(block, cell) && rnd.nextInt(8) == 0) {
          s.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%.5f,%.5f%n", siteCode(b, found), siteCode(b, found),
              "T" + b, "Trust " + b, lat(cell / SIDE + 0.5), lon(cell % SIDE + 0.5)));
          found++;
        }
      }
      if (found < 2) {
        throw new IllegalStateException("block " + b + " has too few interior cells");
      }
    }
    Fixtures.write(dir, "sites.csv", s.toString());
    StringBuilder f = new StringBuilder("area_code,site_code,condition,activity\n");
    for (int cell = 0; cell < block.length; cell++) {
      if (interior(block, cell) && rnd.nextInt(10) == 0) {
        continue; // an area with no activity for the condition: it rides with its neighbours
      }
      int b = block[cell];
      int other = (b + 1 + rnd.nextInt(BLOCKS - 1)) % BLOCKS;
      f.append(areaCode(cell)).append(',').append(siteCode(b, 0)).append(",cancer,").append(40 + rnd.nextInt(30))
          .append('\n');
      f.append(areaCode(cell)).append(',').append(siteCode(b, 1)).append(",cancer,").append(20 + rnd.nextInt(20))
          .append('\n');
      f.append(areaCode(cell)).append(',').append(siteCode(other, rnd.nextInt(2))).append(",cancer,2\n");
    }
    Fixtures.write(dir, "flows.csv", f.toString());
  }

  private static Map<String, Integer> assignments(Path csv) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] p = line.split(",");
      out.put(p[1], Integer.parseInt(p[2].replaceAll("\\D", "")));
    }
    return out;
  }
}
