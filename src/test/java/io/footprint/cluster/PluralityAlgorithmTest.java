package io.footprint.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


class PluralityAlgorithmTest {
  /**
   * A 4 x 4 grid, site W (node 16) used most by the two western columns, site E (node 17) by the two
   * eastern columns: each area sends 30 to its own side's site and 10 to the other. So the footprints
   * are the two halves, and each has localisation 8*30 / (8*40) = 0.75 and market share 0.75.
   */
  @Test
  void fourByFourGridSplitsInHalves() {
    SpatialFlowNetwork net = grid(30, 10);
    Clustering c = new PluralityAlgorithm(Constraints.none()).cluster(net);
    assertThat(c.clusterCount()).isEqualTo(2);
    for (int a = 0; a < 16; a++) {
      assertThat(c.cluster(a)).isEqualTo(a % 4 < 2 ? c.cluster(16) : c.cluster(17));
    }
    ClusterStats s = new ClusterStats(net, c);
    assertThat(s.localisation(0)).isCloseTo(0.75, within(1e-12));
    assertThat(s.marketShare(1)).isCloseTo(0.75, within(1e-12));
    assertThat(s.overallLocalisation()).isCloseTo(0.75, within(1e-12));
  }

  /** A minimum population of 9 areas' worth cannot hold for halves of 8: everything merges into one. */
  @Test
  void minimumPopulationMerges() {
    SpatialFlowNetwork net = grid(30, 10);
    Clustering c = new PluralityAlgorithm(new Constraints(900, 0, true)).cluster(net);
    assertThat(c.clusterCount()).isEqualTo(1);
    assertThat(new ClusterStats(net, c).overallLocalisation()).isCloseTo(1, within(1e-12));
  }

  /** A detached piece of a catchment (area 15 prefers W although it lies east) rejoins its neighbours. */
  @Test
  void detachedPiecesRejoinANeighbour() {
    SpatialFlowNetwork net = grid(30, 10, 15);
    Clustering c = new PluralityAlgorithm(Constraints.none()).cluster(net);
    assertThat(Graphs.disconnectedClusters(net, c)).isEmpty();
    assertThat(c.cluster(15)).isEqualTo(c.cluster(17));
  }

  @Test
  void contiguousOnRandomInputs() {
    Random rnd = new Random(77);
    for (int t = 0; t < 40; t++) {
      SpatialFlowNetwork net = Graphs.randomFlows(3 + rnd.nextInt(10), 3 + rnd.nextInt(10), 1 + rnd.nextInt(9), rnd);
      Clustering c = new PluralityAlgorithm(new Constraints(rnd.nextInt(3) * 4000, 0, true)).cluster(net);
      assertThat(Graphs.disconnectedClusters(net, c)).as("test %d", t).isEmpty();
      ClusterStats s = new ClusterStats(net, c);
      for (int k = 0; k < c.clusterCount(); k++) {
        assertThat(s.areas(k)).as("every footprint has areas").isPositive();
      }
    }
  }

  private static SpatialFlowNetwork grid(double own, double other, int... contrary) {
    List<int[]> edges = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int a = 0; a < 16; a++) {
      boolean west = a % 4 < 2;
      for (int x : contrary) {
        west ^= x == a;
      }
      edges.add(new int[] {a, 16});
      w.add(west ? own : other);
      edges.add(new int[] {a, 17});
      w.add(west ? other : own);
    }
    Network flows = Graphs.network(18, edges.toArray(new int[0][]), w.stream().mapToDouble(d -> d).toArray());
    double[] pop = new double[18];
    Arrays.fill(pop, 0, 16, 100);
    boolean[] provider = {false, false, false, false, false, false, false, false, false, false, false, false, false,
        false, false, false, true, true};
    return new SpatialFlowNetwork(flows, Graphs.gridAdjacency(4, 4, 18), 16, pop, provider);
  }
}
