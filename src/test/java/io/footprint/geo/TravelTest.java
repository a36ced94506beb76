package io.footprint.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.footprint.Fixtures;
import io.footprint.model.Area;
import io.footprint.model.Footprint;
import io.footprint.model.PartitionScore;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Travel}'s kernels on paper, and its distances against an independent recomputation on the grid. */
class TravelTest {
  /** Weights 1, 1, 1, 7 on 1, 2, 3, 4 km: 90% of 10 is 9, first reached at 4; half of 10 at 4 too, 30% at 3. */
  @Test
  void theWeightedPercentileIsTheFirstDistanceHoldingTheShare() {
    double[] d = {4, 1, 3, 2};
    double[] w = {7, 1, 1, 1};
    assertThat(Travel.percentile(d, w, 0.9)).isEqualTo(4);
    assertThat(Travel.percentile(d, w, 0.5)).isEqualTo(4);
    assertThat(Travel.percentile(d, w, 0.3)).isEqualTo(3);
    assertThat(Travel.percentile(d, w, 0.1)).isEqualTo(1);
    assertThat(Travel.percentile(new double[] {Double.NaN, 5}, new double[] {3, 0}, 0.9)).isNaN();
  }

  /** The corners of a 3 x 4 km rectangle and its centre: the greatest extent is the diagonal, 5 km. */
  @Test
  void theExtentIsTheLongestDistanceBetweenTwoCentroids() {
    Travel.Grid g = new Travel.Grid(new double[] {0, 3, 0, 3, 1.5}, new double[] {0, 0, 4, 4, 2}, new double[0],
        new double[0]);
    assertThat(Travel.extent(g, new int[] {0, 1, 2, 3, 4})).isCloseTo(5, within(1e-12));
    assertThat(Travel.extent(g, new int[] {4})).isZero();
    assertThat(Travel.extent(g, new int[] {0, 1})).isCloseTo(3, within(1e-12));
  }

  /**
   * A 2 x 3 grid of areas (1,000 residents each but area 0 with 3,000) as one footprint with two sites; the
   * hub is the one with more activity, and the mean distance is recomputed here from the grid coordinates.
   */
  @Test
  void distancesAreToTheLargestSiteWeightedByResidents() {
    List<Area> base = Fixtures.grid(2, 3, 1000);
    List<Area> areas = new java.util.ArrayList<>(base);
    Area a0 = base.get(0);
    areas.set(0, new Area(a0.code(), a0.name(), 3000, a0.lon(), a0.lat(), a0.geometry()));
    Site small = Fixtures.site("S", Fixtures.LON0, Fixtures.LAT0);
    Site big = Fixtures.site("B", Fixtures.LON0 + 0.1, Fixtures.LAT0 + 0.05);
    double[][] act = new double[6][];
    for (int a = 0; a < 6; a++) {
      act[a] = new double[] {5, 1};
    }
    Scenario s = Fixtures.scenario(areas, List.of(big, small), "cancer", act);
    Footprint f = new Footprint(0, "F01", new int[] {0, 1, 2, 3, 4, 5}, new int[] {0, 1}, 8000, 36, 36, 36, 2, true);
    PartitionScore score = new PartitionScore(List.of(f), 1, 1, 0, 1, 0, 1, 8000, 1);
    Travel.Result r = Travel.of(new Travel.Grid(s), s, score, "cancer", new double[] {30, 6}, null);
    BritishNationalGrid bng = new BritishNationalGrid();
    double[] hub = bng.toGrid(big.lon(), big.lat());
    double sum = 0;
    double max = 0;
    for (int a = 0; a < 6; a++) {
      double[] p = bng.toGrid(areas.get(a).lon(), areas.get(a).lat());
      double km = Math.hypot(p[0] - hub[0], p[1] - hub[1]) / 1000;
      sum += areas.get(a).population() * km;
      max = Math.max(max, km);
    }
    assertThat(r.footprints().get(0).hub()).isEqualTo("B");
    assertThat(r.footprints().get(0).meanKm()).isCloseTo(sum / 8000, within(1e-9));
    assertThat(r.meanKm()).isCloseTo(sum / 8000, within(1e-9));
    assertThat(r.footprints().get(0).p90Km()).isLessThanOrEqualTo(max + 1e-9);
  }
}
