package io.footprint.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.footprint.Fixtures;
import io.footprint.geo.AreaAdjacency;
import io.footprint.model.Area;
import io.footprint.model.Proposal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Realignment's group move, on four squares worked out on paper:
 * <pre>
 *        t
 *   r  b  q
 * </pre>
 * Footprint 0 is r, b and t; footprint 1 is q. Region R0 is r (500 residents); R1 is b (30), t (20)
 * and q. Footprint 0 is hosted by R0 with 500 of 550 residents (0.91), so misaligned. Neither outside
 * area can move alone: t borders no other footprint, and b holds t to r. The run {b, t} of R1 moves
 * together to footprint 1, which R1 hosts.
 */
class RealignerGroupTest {
  private static final GeometryFactory GF = new GeometryFactory();

  private static Area square(String code, int col, int row, double population) {
    double x = Fixtures.LON0 + col * Fixtures.STEP;
    double y = Fixtures.LAT0 + row * Fixtures.STEP;
    Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x + Fixtures.STEP, y),
        new Coordinate(x + Fixtures.STEP, y + Fixtures.STEP), new Coordinate(x, y + Fixtures.STEP), new Coordinate(x, y)};
    return new Area(code, code, population, x + Fixtures.STEP / 2, y + Fixtures.STEP / 2, GF.createPolygon(ring));
  }

  @Test
  void aPeninsulaMovesAsOneRun() {
    List<Area> areas = List.of(square("A1b", 1, 0, 30), square("A2q", 2, 0, 1000), square("A3r", 0, 0, 500),
        square("A4t", 1, 1, 20));
    AreaAdjacency adjacency = AreaAdjacency.of(areas);
    assertThat(adjacency.neighbours(0)).containsExactly(1, 2, 3);
    assertThat(adjacency.neighbours(3)).containsExactly(0);
    int[] footprint = {0, 1, 0, 0};
    int[] region = {1, 1, 0, 1};
    Proposal p = new Proposal("x", "given", Map.of(), footprint, new int[0], 2);
    Realigner.Result r = Realigner.realign(p, areas, adjacency, region, List.of("R0", "R1"), -1, 0.95);
    assertThat(r.moves()).containsExactly(new Realigner.Move(0, 0, 1), new Realigner.Move(3, 0, 1));
    assertThat(r.footprintOfArea()).containsExactly(1, 1, 0, 1);
    assertThat(r.stuck()).isEmpty();
  }
}
