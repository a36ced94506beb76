package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The polish's kernels: {@link Polisher} (border moves that raise localisation) and {@link ContiguityRepair}
 * (contiguity after the fact) on fixtures worked out on paper, then properties of both and of
 * {@link RepairedRivals} over generated grids, every figure recomputed independently by {@link ClusterStats}.
 */
class PolishTest {
  private static final int ROWS = 4;
  private static final int COLS = 6;
  private static final int N_AREAS = ROWS * COLS;
  private static final int WEST_SITE = N_AREAS;
  private static final int EAST_SITE = N_AREAS + 1;

  /**
   * A 4 x 6 grid, 1,000 residents an area: each area of the west (columns 0-2) sends 10 to site W and 1 to
   * site E, each of the east 10 to E and 1 to W, except area 8 (row 1, column 2), which sends 20 to W. All
   * activity: 24 x 11 + 10 = 274.
   */
  private static SpatialFlowNetwork blocks() {
    return blocks(1000);
  }

  /** As above, with {@code eastResidents} in each area of the east (columns 3-5). */
  private static SpatialFlowNetwork blocks(double eastResidents) {
    int[][] edges = new int[2 * N_AREAS][];
    double[] w = new double[2 * N_AREAS];
    for (int a = 0; a < N_AREAS; a++) {
      boolean west = a % COLS < 3;
      double own = a == 8 ? 20 : 10;
      edges[2 * a] = new int[] {a, WEST_SITE};
      w[2 * a] = west ? own : 1;
      edges[2 * a + 1] = new int[] {a, EAST_SITE};
      w[2 * a + 1] = west ? 1 : own;
    }
    int n = N_AREAS + 2;
    double[] pop = new double[n];
    boolean[] provider = new boolean[n];
    for (int a = 0; a < N_AREAS; a++) {
      pop[a] = a % COLS < 3 ? 1000 : eastResidents;
    }
    provider[WEST_SITE] = true;
    provider[EAST_SITE] = true;
    return new SpatialFlowNetwork(Graphs.network(n, edges, w), Graphs.gridAdjacency(ROWS, COLS, n), N_AREAS, pop,
        provider);
  }

  /** The true blocks (west 0, east 1), with areas {@code wrong} put in the east. */
  private static Clustering start(int... wrong) {
    int[] c = new int[N_AREAS + 2];
    for (int a = 0; a < N_AREAS; a++) {
      c[a] = a % COLS < 3 ? 0 : 1;
    }
    for (int a : wrong) {
      c[a] = 1;
    }
    c[WEST_SITE] = 0;
    c[EAST_SITE] = 1;
    return new Clustering(c);
  }

  /**
   * Areas 8 and 20 (row 3, column 2) start in the east: moving back gains (20 - 1) / 274 and (10 - 1) / 274.
   * The east (14,000 residents) stays above the west's 10,000, the start's smallest, so both move and the
   * blocks come back.
   */
  @Test
  void misplacedAreasMoveBackAndNothingElseMoves() {
    SpatialFlowNetwork net = blocks();
    Polisher.Result r = new Polisher(net, new Constraints(0, 0, true), true, null).polish(start(8, 20));
    assertThat(r.moves()).isEqualTo(2);
    assertThat(r.clustering().toArray()).containsExactly(start().toArray());
    assertThat(r.localisationGain()).isCloseTo(28.0 / 274, within(1e-12));
    assertThat(new ClusterStats(net, r.clustering()).overallLocalisation()
        - new ClusterStats(net, start(8, 20)).overallLocalisation()).isCloseTo(28.0 / 274, within(1e-12));
  }

  /**
   * With a minimum population of 13,000 the east (14,000) can give one area back, not two: area 8 comes first
   * in node order, so it moves and area 20 stays.
   */
  @Test
  void theMinimumPopulationStopsTheSecondMove() {
    Polisher.Result r = new Polisher(blocks(), new Constraints(13_000, 0, true), true, null).polish(start(8, 20));
    assertThat(r.moves()).isEqualTo(1);
    assertThat(r.clustering().toArray()).containsExactly(start(20).toArray());
  }

  /**
   * The polish never makes the smallest footprint smaller. With 500 residents in each eastern area and area 8
   * (1,000) misplaced in the east, the east (7,000) is the smallest; giving area 8 back would leave it 6,000,
   * so nothing moves. With 1,000 everywhere the east (13,000) is not the smallest, and area 8 moves back.
   */
  @Test
  void theSmallestFootprintNeverShrinks() {
    Polisher.Result stuck = new Polisher(blocks(500), new Constraints(0, 0, true), true, null).polish(start(8));
    assertThat(stuck.moves()).isZero();
    assertThat(stuck.clustering().cluster(8)).isEqualTo(stuck.clustering().cluster(EAST_SITE));
    Polisher.Result free = new Polisher(blocks(), new Constraints(0, 0, true), true, null).polish(start(8));
    assertThat(free.clustering().toArray()).containsExactly(start().toArray());
  }

  /** A site in the wrong footprint moves to the one whose residents use it, unless it is its footprint's last provider. */
  @Test
  void aSiteMovesToItsPatientsUnlessItIsTheLastProvider() {
    SpatialFlowNetwork net = blocks();
    int[] c = start().toArray();
    c[EAST_SITE] = 0; // both sites in the west: the east has no provider
    Polisher.Result r = new Polisher(net, new Constraints(0, 0, true), true, null).polish(new Clustering(c));
    assertThat(r.clustering().toArray()).containsExactly(start().toArray());
    int[] lonely = start().toArray();
    lonely[EAST_SITE] = 0;
    lonely[WEST_SITE] = 1; // each footprint's one provider is the other's site: neither may leave
    Polisher.Result held = new Polisher(net, new Constraints(0, 0, true), true, null)
        .polish(new Clustering(lonely));
    assertThat(held.moves()).isZero();
  }

  /**
   * Cluster 0 holds areas 0, 1 and 3, 4 of a row of five (area 2 is cluster 1): two pieces of equal residents,
   * so the one with the lower first area keeps the cluster and areas 3, 4 join the only kept piece they border,
   * area 2's. The sites stay.
   */
  @Test
  void aRepairedPieceJoinsTheKeptPieceItBorders() {
    int[][] edges = {{0, 5}, {1, 5}, {2, 6}, {3, 5}, {4, 5}};
    SpatialFlowNetwork net = new SpatialFlowNetwork(Graphs.network(7, edges, new double[] {1, 1, 1, 1, 1}),
        Graphs.gridAdjacency(1, 5, 7), 5, new double[] {10, 10, 10, 10, 10, 0, 0},
        new boolean[] {false, false, false, false, false, true, true});
    Clustering c = ContiguityRepair.repair(net, new Clustering(new int[] {0, 0, 1, 0, 0, 0, 1}));
    assertThat(c.toArray()).containsExactly(0, 0, 1, 1, 1, 0, 1);
  }

  /**
   * A row of five: cluster 0 holds areas 0 and 2, so area 2 is a loose piece bordering kept pieces of
   * clusters 1 (area 1) and 2 (area 3) alike; it sends 1 to cluster 1's site and 5 to cluster 2's, so it joins
   * cluster 2 (on borders alone it would join the lower, cluster 1).
   */
  @Test
  void aRepairedPieceJoinsTheNeighbourItSendsMostTo() {
    int[][] edges = {{0, 5}, {1, 6}, {2, 6}, {2, 7}, {3, 7}, {4, 7}};
    SpatialFlowNetwork net = new SpatialFlowNetwork(Graphs.network(8, edges, new double[] {1, 1, 1, 5, 1, 1}),
        Graphs.gridAdjacency(1, 5, 8), 5, new double[] {10, 10, 10, 10, 10, 0, 0, 0},
        new boolean[] {false, false, false, false, false, true, true, true});
    Clustering c = ContiguityRepair.repair(net, new Clustering(new int[] {0, 1, 0, 2, 2, 0, 1, 2}));
    assertThat(c.toArray()).containsExactly(0, 1, 2, 2, 2, 0, 1, 2);
  }

  /**
   * Properties over generated grids: the repair leaves every cluster contiguous; the polish holds the count,
   * contiguity and the providers, never shrinks the smallest footprint and raises localisation by exactly what
   * it reports (recomputed by {@link ClusterStats}); the rivals' choice is never worse than what it was given.
   */
  @Test
  void propertiesOverGeneratedGrids() {
    Random rnd = new Random(7);
    for (int t = 0; t < 40; t++) {
      int rows = 3 + rnd.nextInt(6);
      int cols = 3 + rnd.nextInt(6);
      SpatialFlowNetwork net = Graphs.randomFlows(rows, cols, 2 + rnd.nextInt(5), rnd);
      Constraints constraints = new Constraints(0, 0, true);
      Clustering plain = new LeidenAlgorithm(0.5 + rnd.nextDouble(), false, 1).cluster(net, t);
      Clustering repaired = ContiguityRepair.repair(net, plain, constraints, Integer.MAX_VALUE, 1);
      assertThat(Graphs.disconnectedClusters(net, repaired)).as("test %d repaired", t).isEmpty();

      double gamma = 0.5 + rnd.nextDouble();
      Clustering contiguous = ConstraintMerger.apply(net, new LeidenAlgorithm(gamma, true, 1).cluster(net, t),
          constraints);
      Polisher.Result r = new Polisher(net, constraints, true, null).polish(contiguous);
      ClusterStats before = new ClusterStats(net, contiguous);
      ClusterStats after = new ClusterStats(net, r.clustering());
      assertThat(r.clustering().clusterCount()).as("test %d count", t).isEqualTo(contiguous.clusterCount());
      assertThat(Graphs.disconnectedClusters(net, r.clustering())).as("test %d contiguity", t).isEmpty();
      assertThat(RepairedRivals.smallest(after)).as("test %d smallest", t)
          .isGreaterThanOrEqualTo(RepairedRivals.smallest(before));
      for (int c = 0; c < after.clusterCount(); c++) {
        assertThat(after.providers(c)).as("test %d providers of %d", t, c).isPositive();
      }
      assertThat(after.overallLocalisation() - before.overallLocalisation()).as("test %d gain", t)
          .isCloseTo(r.localisationGain(), within(1e-9));

      RepairedRivals.Choice choice = RepairedRivals.choose(net, contiguous, gamma, constraints, t, 3, Runnable::run);
      ClusterStats chosen = new ClusterStats(net, choice.clustering());
      assertThat(choice.clustering().clusterCount()).isEqualTo(contiguous.clusterCount());
      assertThat(chosen.overallLocalisation()).isGreaterThanOrEqualTo(before.overallLocalisation());
      assertThat(RepairedRivals.smallest(chosen)).isGreaterThanOrEqualTo(RepairedRivals.smallest(before));
      assertThat(Graphs.disconnectedClusters(net, choice.clustering())).isEmpty();
    }
  }
}
