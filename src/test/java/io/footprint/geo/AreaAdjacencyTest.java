package io.footprint.geo;

import io.footprint.Fixtures;
import io.footprint.graph.AreaGraphs;
import io.footprint.model.Area;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import static org.assertj.core.api.Assertions.assertThat;


class AreaAdjacencyTest {
  @Test
  void gridSquaresAreRookNeighboursNotQueen() {
    AreaAdjacency adj = AreaAdjacency.of(Fixtures.grid(3, 3, 10));
    assertThat(adj.source()).isEqualTo(AreaAdjacency.Source.POLYGONS);
    assertThat(adj.neighbours(4)).containsExactly(1, 3, 5, 7); // centre: 4 edge-sharing, not the 4 corner-touching
    assertThat(adj.neighbours(0)).containsExactly(1, 3);
    assertThat(adj.edgeCount()).isEqualTo(12);
    assertThat(adj.links()).isEmpty();
    assertThat(AreaGraphs.graph(adj).edgeSet()).hasSize(12);
  }

  @Test
  void bordersDrawnWithDifferentVerticesOnTheirTwoSidesStillMakeNeighbours() {
    // property: grids whose shared edges randomly carry an extra vertex on one side (a T-junction), both
    // sides, or neither; the neighbours are always the rook neighbours, whichever way each border is drawn
    for (long seed = 1; seed <= 30; seed++) {
      Random random = new Random(seed);
      int rows = 2 + random.nextInt(5);
      int cols = 2 + random.nextInt(5);
      // per border: bit 1 = a midpoint on the first (upper / left) side, bit 2 = on the second side
      int[][] horizontal = new int[rows + 1][cols];
      int[][] vertical = new int[rows][cols + 1];
      for (int[] row : horizontal) {
        Arrays.setAll(row, k -> random.nextInt(4));
      }
      for (int[] row : vertical) {
        Arrays.setAll(row, k -> random.nextInt(4));
      }
      List<Area> areas = new ArrayList<>();
      double step = 0.01;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          double x = -1.5 + c * step;
          double y = 52.5 - r * step;
          List<Coordinate> ring = new ArrayList<>();
          edge(ring, x, y, x + step, y, (horizontal[r][c] & 2) != 0);
          edge(ring, x + step, y, x + step, y - step, (vertical[r][c + 1] & 1) != 0);
          edge(ring, x + step, y - step, x, y - step, (horizontal[r + 1][c] & 1) != 0);
          edge(ring, x, y - step, x, y, (vertical[r][c] & 2) != 0);
          ring.add(ring.get(0));
          String code = String.format("A%02d%02d", r, c);
          areas.add(new Area(code, code, 10, x + step / 2, y - step / 2, new GeometryFactory()
              .createPolygon(ring.toArray(new Coordinate[0]))));
        }
      }
      AreaAdjacency adj = AreaAdjacency.of(areas);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          List<Integer> rook = new ArrayList<>();
          if (r > 0) {
            rook.add((r - 1) * cols + c);
          }
          if (c > 0) {
            rook.add(r * cols + c - 1);
          }
          if (c < cols - 1) {
            rook.add(r * cols + c + 1);
          }
          if (r < rows - 1) {
            rook.add((r + 1) * cols + c);
          }
          assertThat(adj.neighbours(r * cols + c)).as("seed %d cell %d,%d", seed, r, c)
              .containsExactly(rook.stream().mapToInt(Integer::intValue).toArray());
        }
      }
    }
  }

  /** Appends an edge's start, and its midpoint when asked (the end is the next edge's start). */
  private static void edge(List<Coordinate> ring, double x0, double y0, double x1,
      double y1, boolean midpoint) {
    ring.add(new Coordinate(x0, y0));
    if (midpoint) {
      ring.add(new Coordinate((x0 + x1) / 2, (y0 + y1) / 2));
    }
  }

  @Test
  void islandsAreLinkedToTheirNearestAreaAndReported() {
    List<Area> areas = new ArrayList<>(Fixtures.grid(2, 2, 10));
    // an island two cells east of the grid, and a pair of islands further away
    List<Area> far = Fixtures.grid(1, 7, 10);
    areas.add(rename(far.get(4), "B1"));
    areas.add(rename(far.get(6), "C1"));
    areas.sort((a, b) -> a.code().compareTo(b.code()));
    AreaAdjacency adj = AreaAdjacency.of(areas);
    // B1 and C1 are 2.7 km apart and B1 is 4.1 km from the grid: first the two islands join, then the pair
    assertThat(adj.links()).extracting(AreaAdjacency.IslandLink::from, AreaAdjacency.IslandLink::to)
        .containsExactly(Tuple.tuple("B1", "C1"), Tuple.tuple("B1", "A0001"));
    assertThat(adj.links().get(1).piecesize()).isEqualTo(2);
    assertThat(new ConnectivityInspector<>(AreaGraphs.graph(adj)).isConnected()).isTrue();
  }

  @Test
  void centroidsOnlyUseDelaunay() {
    List<Area> areas = new ArrayList<>();
    for (Area a : Fixtures.grid(3, 3, 10)) {
      areas.add(new Area(a.code(), a.name(), a.population(), a.lon(), a.lat(), null));
    }
    AreaAdjacency adj = AreaAdjacency.of(areas);
    assertThat(adj.source()).isEqualTo(AreaAdjacency.Source.DELAUNAY);
    assertThat(adj.neighbours(4)).contains(1, 3, 5, 7);
    assertThat(new ConnectivityInspector<>(AreaGraphs.graph(adj)).isConnected()).isTrue();
  }

  @Test
  void connectivityOfSubsets() {
    AreaAdjacency adj = AreaAdjacency.of(Fixtures.grid(3, 3, 10));
    assertThat(adj.isConnected(new int[] {0, 1, 2, 5})).isTrue();
    assertThat(adj.isConnected(new int[] {0, 4})).isFalse();
    assertThat(adj.isConnected(new int[] {})).isTrue();
  }

  @Test
  void connectedPartsInOneSweep() {
    // 3 x 3 grid, areas numbered row by row: {0, 1, 2, 5} is an L, {4} alone, {3, 6, 7, 8} an L. Then the
    // diagonal {0, 4, 8} (squares touching at corners only) as part 3, leaving part 0 in two pieces, {1, 2, 5}
    // and {3, 6, 7}, and parts 1, 2 and 4 without areas
    AreaAdjacency adj = AreaAdjacency.of(Fixtures.grid(3, 3, 10));
    assertThat(adj.connectedParts(new int[] {0, 0, 0, 2, 1, 0, 2, 2, 2}, 3)).containsExactly(true, true, true);
    assertThat(adj.connectedParts(new int[] {3, 0, 0, 0, 3, 0, 0, 0, 3}, 5))
        .containsExactly(false, true, true, false, true);
  }

  @Test
  void connectedPartsAgreeWithEachPartsOwnCheck() {
    Random rnd = new Random(5);
    for (int t = 0; t < 200; t++) {
      int rows = 1 + rnd.nextInt(8);
      int cols = 1 + rnd.nextInt(8);
      AreaAdjacency adj = AreaAdjacency.of(Fixtures.grid(rows, cols, 10));
      int parts = 1 + rnd.nextInt(5);
      int[] part = new int[rows * cols];
      Arrays.setAll(part, a -> rnd.nextInt(parts));
      boolean[] connected = adj.connectedParts(part, parts);
      for (int p = 0; p < parts; p++) {
        int q = p;
        int[] areas = java.util.stream.IntStream.range(0, part.length).filter(a -> part[a] == q).toArray();
        assertThat(connected[p]).as("trial %d, part %d of %s", t, p, Arrays.toString(part))
            .isEqualTo(adj.isConnected(areas));
      }
    }
  }

  private static Area rename(Area a, String code) {
    return new Area(code, code, a.population(), a.lon(), a.lat(), a.geometry());
  }
}
