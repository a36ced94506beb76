package io.footprint.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.footprint.Fixtures;
import io.footprint.cluster.ClusterStats;
import io.footprint.cluster.Clustering;
import io.footprint.geo.AreaAdjacency;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Area;
import io.footprint.model.Scenario;
import io.footprint.model.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refine kernel on a 4 x 6 grid worked on paper: west (columns 0-2) and east (3-5) blocks, site W used by
 * the west, E by the east. Each area sends 10 to its own block's site and 1 to the other, except area 8 (row 1,
 * column 2), which sends 20 and 1. The start puts areas 8 and 20 (row 3, column 2) in the east unit by mistake.
 */
class RefinerTest {
  private static final int ROWS = 4;
  private static final int COLS = 6;

  private static ConditionGraph graph() {
    return graph(8);
  }

  /** As described, with {@code special} the area that sends 20 to its own block's site. */
  private static ConditionGraph graph(int special) {
    List<Area> areas = Fixtures.grid(ROWS, COLS, 1000);
    List<Site> sites = List.of(Fixtures.site("E", -1.81, 52.37), Fixtures.site("W", -1.87, 52.37));
    double[][] act = new double[ROWS * COLS][2];
    for (int a = 0; a < ROWS * COLS; a++) {
      boolean west = a % COLS < 3;
      double own = a == special ? 20 : 10;
      act[a][0] = west ? 1 : own; // E
      act[a][1] = west ? own : 1; // W
    }
    Scenario s = Fixtures.scenario(areas, sites, "cancer", act);
    return new ConditionGraph(s, "cancer", AreaAdjacency.of(areas));
  }

  /** Units of every node: the true blocks, then areas {@code wrong} moved east; site nodes E = 1, W = 0. */
  private static int[] start(int... wrong) {
    int n = ROWS * COLS;
    int[] u = new int[n + 2];
    for (int a = 0; a < n; a++) {
      u[a] = a % COLS < 3 ? 0 : 1;
    }
    for (int a : wrong) {
      u[a] = 1;
    }
    u[n] = 1;
    u[n + 1] = 0;
    return u;
  }

  /**
   * All activity: 24 areas x 11, plus 10 more from area 8: 274. Moving area 8 back gains (20 - 1) / 274, area
   * 20 (10 - 1) / 274: area 8 first (same residents, larger gain), then 20, then nothing gains.
   */
  @Test
  void movesBackExactlyTheMisplacedAreasInOrderOfGainAndStops() {
    ConditionGraph g = graph();
    Refiner r = new Refiner(g.network(), start(8, 20));
    List<Refiner.Move> path = r.refine(Refiner.Limits.NONE, 0);
    assertThat(path).extracting(Refiner.Move::area).containsExactly(8, 20);
    assertThat(path).extracting(Refiner.Move::to).containsOnly(0);
    assertThat(path.get(0).gain()).isCloseTo(19.0 / 274, within(1e-12));
    assertThat(path.get(1).gain()).isCloseTo(9.0 / 274, within(1e-12));
    assertThat(r.units()).containsExactly(start());
    // the path's gains add up to the change in localisation, scored afresh
    double before = new ClusterStats(g.network(), new Clustering(start(8, 20))).overallLocalisation();
    double after = new ClusterStats(g.network(), new Clustering(r.units())).overallLocalisation();
    assertThat(after - before).isCloseTo(path.get(0).gain() + path.get(1).gain(), within(1e-12));
    assertThat(after).isCloseTo((24 * 10 + 10) / 274.0, within(1e-12));
  }

  @Test
  void limitsStopThePath() {
    ConditionGraph g = graph();
    assertThat(new Refiner(g.network(), start(8, 20)).refine(new Refiner.Limits(1, Double.POSITIVE_INFINITY, 0), 0))
        .extracting(Refiner.Move::area).containsExactly(8);
    assertThat(new Refiner(g.network(), start(8, 20)).refine(new Refiner.Limits(9, 1500, 0), 0)).hasSize(1);
    // a minimum gain between the two moves' gains keeps only the first
    assertThat(new Refiner(g.network(), start(8, 20)).refine(new Refiner.Limits(9, 1e9, 10.0 / 274), 0)).hasSize(1);
  }

  /**
   * The east unit also holds areas 1 and 2 (row 0, columns 1 and 2); area 1 reaches the east only through 2.
   * Area 2 gains most (it sends 20 west), but moving it first would cut area 1 off its unit: 1 moves first,
   * then 2.
   */
  @Test
  void aMoveThatWouldCutItsUnitWaitsUntilItNoLongerDoes() {
    ConditionGraph g = graph(2);
    Refiner r = new Refiner(g.network(), start(1, 2));
    List<Refiner.Move> path = r.refine(Refiner.Limits.NONE, 0);
    assertThat(path).extracting(Refiner.Move::area).containsExactly(1, 2);
    assertThat(r.units()).containsExactly(start());
  }

  @Test
  void aUnitIsNeverLeftBelowTheMinimumPopulationOrEmpty() {
    ConditionGraph g = graph();
    // the east unit is the east half (12,000 residents) and area 8: a minimum of 12,500 keeps 8 there
    List<Refiner.Move> path = new Refiner(g.network(), start(8)).refine(Refiner.Limits.NONE, 12_500);
    assertThat(path).isEmpty();
  }

  /**
   * Area 8 alone is a third unit with no site. Holding the count, nothing moves (area 8 may not leave its unit
   * empty, and no area gains by joining it). With one merge allowed, the units merge where it gains most per
   * resident: unit {8} (1,000 residents) into the west, whose sites it uses (20 / 274), ahead of {8} into the
   * east (1 / 274) and the west into the east (23 / 274 for 11,000 residents).
   */
  @Test
  void aUnitMergesOnlyWhenAllowed() {
    ConditionGraph g = graph();
    int[] three = start();
    three[8] = 2;
    assertThat(new Refiner(g.network(), three).refine(Refiner.Limits.NONE, 0)).isEmpty();
    Refiner r = new Refiner(g.network(), three);
    List<Refiner.Move> path = r.refine(Refiner.Limits.NONE, 0, 1);
    assertThat(path).hasSize(1);
    assertThat(path.get(0)).extracting(Refiner.Move::merged, Refiner.Move::from, Refiner.Move::to,
        Refiner.Move::residents).containsExactly(true, 2, 0, 1000.0);
    assertThat(path.get(0).gain()).isCloseTo(20.0 / 274, within(1e-12));
    assertThat(r.units()).containsExactly(start());
    assertThat(r.mergedInto()).containsExactly(-1, -1, 0);
  }

  /**
   * Area 8 alone holds site W, and the rest of the west has no site. Merging {8, W} into the west makes the
   * west's 11 other areas' 110 at W internal (gain 110 / 274 for 1,000 residents moved), more per resident than
   * any western area joining area 8's unit (10 / 274 each); after it the map is the two blocks, and a second
   * merge (the two blocks, 24 / 274) is not allowed.
   */
  @Test
  void aMergeTakesTheUnitsSitesAlong() {
    ConditionGraph g = graph();
    int[] units = start();
    units[8] = 2;
    units[ROWS * COLS + 1] = 2;
    Refiner r = new Refiner(g.network(), units);
    List<Refiner.Move> path = r.refine(Refiner.Limits.NONE, 0, 1);
    assertThat(path).extracting(Refiner.Move::merged).containsExactly(true);
    assertThat(path.get(0).gain()).isCloseTo(110.0 / 274, within(1e-12));
    assertThat(r.units()).containsExactly(start());
    double before = new ClusterStats(g.network(), new Clustering(units)).overallLocalisation();
    double after = new ClusterStats(g.network(), new Clustering(r.units())).overallLocalisation();
    assertThat(after - before).isCloseTo(110.0 / 274, within(1e-12));
    // with merges unlimited, the two blocks merge too: localisation never falls by merging
    Refiner all = new Refiner(g.network(), units);
    assertThat(all.refine(Refiner.Limits.NONE, 0, Integer.MAX_VALUE)).extracting(Refiner.Move::merged)
        .containsExactly(true, true);
    assertThat(all.units()).containsOnly(0);
  }
}
