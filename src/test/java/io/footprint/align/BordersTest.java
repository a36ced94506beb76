package io.footprint.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.footprint.Fixtures;
import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link Borders} against a count from scratch after every move, over generated grids: for each footprint f
 * and each footprint g it borders, the areas of f in each region with a neighbour in g, and the regions whose
 * list {@link Borders#regionsAt} names are exactly those with a list (which moves may leave empty).
 */
class BordersTest {
  @Test
  void listsAndTheirRegionsMatchACountAfterEveryMove() {
    for (int seed = 0; seed < 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int rows = 4 + rnd.nextInt(8);
      int cols = 4 + rnd.nextInt(8);
      List<Area> areas = Fixtures.grid(rows, cols, 1);
      AreaAdjacency adjacency = AreaAdjacency.of(areas);
      int n = areas.size();
      int regions = 1 + rnd.nextInt(20);
      int k = 2 + rnd.nextInt(5);
      int[] region = new int[n];
      int[] fp = new int[n];
      for (int a = 0; a < n; a++) {
        region[a] = rnd.nextInt(regions);
        fp[a] = rnd.nextInt(k);
      }
      int[] start = adjacency.startArray();
      int[] neighbour = adjacency.neighbourArray();
      Realigner.AreaOrder order = Realigner.AreaOrder.of(areas);
      Borders borders = new Borders(fp, start, neighbour, region, regions, k, order);
      for (int move = 0; move <= 40; move++) {
        String what = "seed " + seed + ", after " + move + " moves";
        for (int f = 0; f < k; f++) {
          TreeSet<Integer> bordered = new TreeSet<>();
          for (int i = 0; i < borders.contacts(f); i++) {
            int g = borders.borderedAt(f, i);
            bordered.add(g);
            SortedInts[] byRegion = borders.areasAt(f, i);
            TreeSet<Integer> named = new TreeSet<>();
            for (int r : borders.regionsAt(f, i)) {
              assertThat(named.add(r)).as(what + ": region %d named twice", r).isTrue();
            }
            for (int r = 0; r < regions; r++) {
              assertThat(named.contains(r)).as(what + ": f %d g %d region %d", f, g, r).isEqualTo(byRegion[r] != null);
              List<Integer> expected = new ArrayList<>();
              for (int rank = 0; rank < n; rank++) {
                int a = borders.areaAt(rank);
                if (fp[a] == f && region[a] == r && bordersFootprint(a, g, fp, start, neighbour)) {
                  expected.add(rank);
                }
              }
              List<Integer> listed = new ArrayList<>();
              for (int rank = byRegion[r] == null ? -1 : byRegion[r].first(); rank >= 0;
                  rank = byRegion[r].higher(rank)) {
                listed.add(rank);
              }
              assertThat(listed).as(what + ": f %d g %d region %d", f, g, r).isEqualTo(expected);
            }
          }
          TreeSet<Integer> expectedBordered = new TreeSet<>();
          for (int a = 0; a < n; a++) {
            for (int e = start[a]; e < start[a + 1]; e++) {
              if (fp[a] == f && fp[neighbour[e]] != f) {
                expectedBordered.add(fp[neighbour[e]]);
              }
            }
          }
          assertThat(bordered).as(what + ": footprints %d borders", f).isEqualTo(expectedBordered);
        }
        int a = rnd.nextInt(n);
        borders.move(a, (fp[a] + 1 + rnd.nextInt(k - 1)) % k);
      }
    }
  }

  private static boolean bordersFootprint(int a, int g, int[] fp, int[] start, int[] neighbour) {
    for (int e = start[a]; e < start[a + 1]; e++) {
      if (fp[neighbour[e]] == g) {
        return true;
      }
    }
    return false;
  }
}
