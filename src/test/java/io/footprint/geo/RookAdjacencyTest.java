package io.footprint.geo;

import io.footprint.Fixtures;
import io.footprint.io.LoadOptions;
import io.footprint.io.ScenarioLoader;
import io.footprint.model.Area;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Rook neighbours along long borders drawn with different vertices on their two sides, where the
 * near-linear long-border check stands in for the overlay, and the same neighbours with it as without.
 */
class RookAdjacencyTest {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  @Test
  void aLongWigglyBorderWithDifferentVerticesOnItsSidesMakesNeighboursAndCornersDoNot() {
    // A | B on the lower row, split by a sine border sampled at i/n on A's side and (i+1/2)/n on B's;
    // C, E, D on the upper row, with straight borders shared vertex for vertex. D meets B only at the
    // corner (0, 53), and E meets A only at (-1, 53): corners, not borders.
    List<Area> areas = wigglyPair(40_000, 0.01, 0);
    areas.add(square("C", -2, 53, -1, 54));
    areas.add(square("E", -1, 53, 0, 54));
    areas.add(square("D", 0, 53, 1, 54));
    List<int[]> edges = RookAdjacency.edges(areas);
    assertThat(edges).extracting(e -> areas.get(e[0]).code() + "-" + areas.get(e[1]).code())
        .containsExactlyInAnyOrder("A-B", "A-C", "B-E", "C-E", "E-D");
    AreaAdjacency adjacency = AreaAdjacency.of(areas);
    assertThat(adjacency.links()).isEmpty();
    assertThat(adjacency.neighbours(0)).containsExactly(1, 2);
  }

  @Test
  void theLongBorderCheckFindsWhatTheOverlayFinds() {
    // property: sine borders of random shape, densities on each side and offsets between the sides: on
    // the line, a hair off it (within the overlay's centimetre, beyond the check's tenth of a millimetre),
    // or apart by ten centimetres
    double[] offsets = {0, 5e-8, 1e-6};
    for (long seed = 1; seed <= 6; seed++) {
      Random random = new Random(seed);
      int n = 2_100 + random.nextInt(900);
      double amplitude = random.nextDouble() * 0.02;
      double offset = offsets[(int) (seed % offsets.length)];
      List<Area> areas = wigglyPair(n, amplitude, offset);
      assertThat(areas.get(0).geometry().getNumPoints() + areas.get(1).geometry().getNumPoints())
          .isGreaterThan(RookAdjacency.LARGE_PAIR);
      assertThat(RookAdjacency.edges(areas, true)).as("seed %d", seed)
          .usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
          .containsExactlyElementsOf(RookAdjacency.edges(areas, false));
    }
  }

  @Test
  void englandHasTheSameNeighboursWithTheLongBorderCheckAsWithout() throws Exception {
    Path e = Fixtures.england();
    assumeTrue(e != null, "../shared/data/england not found: real-data test skipped");
    List<Area> areas = new ScenarioLoader(LoadOptions.defaults()).load(
        List.of(e.resolve("areas.geojson"), e.resolve("areas.csv")), e.resolve("sites.csv"),
        List.of(e.resolve("flows.csv"))).scenario().areas();
    List<String> with = names(areas, RookAdjacency.edges(areas, true));
    assertThat(with).hasSizeGreaterThan(areas.size()).containsExactlyElementsOf(
        names(areas, RookAdjacency.edges(areas, false)));
  }

  private static List<String> names(List<Area> areas, List<int[]> edges) {
    return edges.stream().map(x -> areas.get(x[0]).code() + "-" + areas.get(x[1]).code()).toList();
  }

  /**
   * A west of B over [-2, 0] x [52, 53], the border x = -1 + amplitude sin(8 pi t) at y = 52 + t; B's
   * side sampled half a step later than A's, and moved east by {@code offset} degrees.
   */
  private static List<Area> wigglyPair(int n, double amplitude, double offset) {
    List<Coordinate> west = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      double t = (double) i / n;
      west.add(new Coordinate(border(t, amplitude), 52 + t));
    }
    west.add(new Coordinate(-2, 53));
    west.add(new Coordinate(-2, 52));
    west.add(west.get(0));
    List<Coordinate> east = new ArrayList<>();
    east.add(new Coordinate(0, 52));
    east.add(new Coordinate(0, 53));
    for (int i = n; i >= 0; i--) {
      double t = i == n ? 1 : i == 0 ? 0 : (i + 0.5) / n;
      east.add(new Coordinate(border(t, amplitude) + offset, 52 + t));
    }
    east.add(east.get(0));
    List<Area> areas = new ArrayList<>();
    areas.add(area("A", GEOMETRY.createPolygon(west.toArray(new Coordinate[0]))));
    areas.add(area("B", GEOMETRY.createPolygon(east.toArray(new Coordinate[0]))));
    return areas;
  }

  private static double border(double t, double amplitude) {
    return -1 + amplitude * Math.sin(8 * Math.PI * t);
  }

  private static Area square(String code, double x0, double y0, double x1, double y1) {
    return area(code, GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
        new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)}));
  }

  private static Area area(String code, Polygon p) {
    return new Area(code, code, 100, p.getCentroid().getX(), p.getCentroid().getY(), p);
  }
}
