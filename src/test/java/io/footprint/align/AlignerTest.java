package io.footprint.align;

import io.footprint.Fixtures;
import io.footprint.geo.AreaAdjacency;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Area;
import io.footprint.model.Proposal;
import io.footprint.model.RegionSet;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import io.footprint.propose.PartitionScorer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


class AlignerTest {
  /**
   * Area-weighted overlap: region N's polygon covers rows 0-1 and the top quarter of row 2 (whose
   * centroids lie in S). The west footprint (cols 0-1) has 4 areas in N and 4 in S by centroid: a
   * tie, so its host is N; its land in N is 4 + 2 x 0.25 = 4.5 of 8 cells: 0.5625.
   */
  @Test
  void areaWeightedShareInBritishNationalGrid() {
    List<Area> areas = Fixtures.grid(4, 4, 1000);
    Scenario s = halves(areas);
    GeometryFactory gf = new GeometryFactory();
    double x0 = Fixtures.LON0;
    double x1 = Fixtures.LON0 + 4 * Fixtures.STEP;
    double top = Fixtures.LAT0;
    double cut = Fixtures.LAT0 - 2.25 * Fixtures.STEP;
    double bottom = Fixtures.LAT0 - 4 * Fixtures.STEP;
    Geometry north = gf.toGeometry(new Envelope(x0, x1, cut, top));
    Geometry south = gf.toGeometry(new Envelope(x0, x1, bottom,
        cut));
    Map<String, String> regionOf = new HashMap<>();
    for (int a = 0; a < 16; a++) {
      regionOf.put(areas.get(a).code(), a / 4 < 2 ? "N" : "S");
    }
    RegionSet regions = new RegionSet("test", regionOf, new TreeMap<>(Map.of("N", "North", "S", "South")),
        Map.of("N", north, "S", south));
    int[] fp = new int[16];
    for (int a = 0; a < 16; a++) {
      fp[a] = a % 4 < 2 ? 0 : 1;
    }
    Proposal p = new Proposal("cancer", "given", Map.of(), fp, new int[] {1, 0}, 2);
    AlignmentResult r = new Aligner(s, regions, 0.95).align(p, new PartitionScorer(new ConditionGraph(s, "cancer",
        AreaAdjacency.of(areas))));
    assertThat(r.footprints().get(0).host()).isEqualTo("N");
    assertThat(r.footprints().get(0).hostShare()).isCloseTo(0.5, within(1e-12));
    // cells are not exactly equal in square metres (latitude), hence the tolerance
    assertThat(r.footprints().get(0).hostAreaShare()).isCloseTo(0.5625, within(0.002));
  }

  /**
   * 4 x 4 grid, 1,000 residents each; footprints are the west and east halves; regions are the
   * north (rows 0-1) and the south but the south-west corner area (row 3, col 0) lies in the north
   * region. West footprint: 5 of 8 areas in North (0.625), host North, not aligned; 3 areas outside.
   */
  @Test
  void sharesHostsAndTheRegionTable() {
    List<Area> areas = Fixtures.grid(4, 4, 1000);
    Scenario s = halves(areas);
    Map<String, String> regionOf = new HashMap<>();
    for (int a = 0; a < 16; a++) {
      regionOf.put(areas.get(a).code(), a / 4 < 2 || a == 12 ? "N" : "S");
    }
    RegionSet regions = new RegionSet("test", regionOf, new TreeMap<>(Map.of("N", "North", "S", "South")));
    int[] fp = new int[16];
    for (int a = 0; a < 16; a++) {
      fp[a] = a % 4 < 2 ? 0 : 1;
    }
    Proposal p = new Proposal("cancer", "given", Map.of(), fp, new int[] {1, 0}, 2);
    ConditionGraph g = new ConditionGraph(s, "cancer", AreaAdjacency.of(areas));
    AlignmentResult r = new Aligner(s, regions, 0.95).align(p, new PartitionScorer(g));
    FootprintAlignment west = r.footprints().get(0);
    assertThat(west.host()).isEqualTo("N");
    assertThat(west.hostShare()).isCloseTo(0.625, within(1e-12));
    assertThat(west.aligned()).isFalse();
    assertThat(west.outsideAreas()).hasSize(3);
    assertThat(west.outsidePopulation()).isEqualTo(3000);
    assertThat(west.outsideActivity()).isEqualTo(30);
    assertThat(r.footprints().get(1).hostShare()).isCloseTo(0.5, within(1e-12));
    assertThat(r.aligned()).isZero();
    RegionSummary north = r.regions().get(0);
    assertThat(north.region()).isEqualTo("N");
    assertThat(north.population()).isEqualTo(9000);
    assertThat(north.hosted()).isEqualTo(2); // East ties 4000/4000 and goes to the first region, N
    assertThat(north.crossing()).isEqualTo(2);
    // the regions as a partition of the flows: each site in the region of the area holding it
    assertThat(r.referenceScore().footprints()).hasSize(2);
    assertThat(r.referenceScore().localisation()).isBetween(0.0, 1.0);
    // North is rows 0-1 and the south-west corner, which row 2 (South) cuts off; South stays in one piece
    assertThat(r.referenceScore().footprints().get(0).contiguous()).isFalse();
    assertThat(r.referenceScore().footprints().get(1).contiguous()).isTrue();
    assertThat(r.referenceScore().contiguous()).isEqualTo(1);
  }

  /** The 4 x 4 grid with site W used by the western half and site E by the eastern half (10 each). */
  private static Scenario halves(List<Area> areas) {
    List<Site> sites = List.of(Fixtures.site("E", -1.83, 52.37), Fixtures.site("W", -1.89, 52.37));
    double[][] act = new double[16][2];
    for (int a = 0; a < 16; a++) {
      act[a][a % 4 < 2 ? 1 : 0] = 10;
    }
    return Fixtures.scenario(areas, sites, "cancer", act);
  }
}
