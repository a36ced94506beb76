package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Refinement} on its own: what it splits a local-moving cluster into. */
class RefinementTest {
  /**
   * Two cliques of four, weight 5 on every edge, joined by one edge of weight 1, all in one cluster:
   * at resolution 0.1 refinement splits the cluster into the two cliques, whatever the seed. (A
   * sub-cluster S may grow only while well connected: its edges to the rest of the cluster at least
   * gamma k_S (K - k_S) / 2m. At resolution 1 on a graph this small, pairs already fail that test.)
   */
  @Test
  void splitsAClusterIntoItsWellConnectedParts() {
    int[][] edges = new int[13][];
    double[] w = new double[13];
    int e = 0;
    for (int base : new int[] {0, 4}) {
      for (int i = 0; i < 4; i++) {
        for (int j = i + 1; j < 4; j++) {
          edges[e] = new int[] {base + i, base + j};
          w[e++] = 5;
        }
      }
    }
    edges[e] = new int[] {3, 4};
    w[e] = 1;
    Network net = Graphs.network(8, edges, w);
    boolean[] none = new boolean[8];
    ContiguityGuard off = new ContiguityGuard(Graphs.unweighted(8, new int[0][]), none, none, false,
        new ContiguityGuard.Work(8));
    double m = net.totalWeight();
    for (long seed = 1; seed <= 10; seed++) {
      Clustering refined = new Refinement(8).refine(net, net.strengths(), 0.1 / (2 * m), net.edgeCount() / m,
          LeidenAlgorithm.DEFAULT_RANDOMNESS, off, new int[8], new SeededRandom(seed));
      assertThat(refined.toArray()).as("seed %d", seed).containsExactly(0, 0, 0, 0, 1, 1, 1, 1);
    }
  }

  /** Sub-clusters stay inside their clusters, and with contiguity every sub-cluster's areas are connected. */
  @Test
  void subClustersAreContiguousAndInsideTheirClusters() {
    Random rnd = new Random(5);
    for (int t = 0; t < 60; t++) {
      SpatialFlowNetwork net = Graphs.randomFlows(5, 6, 4, rnd);
      int n = net.nodeCount();
      Clustering local = new LeidenAlgorithm(1.0, true).cluster(net, t);
      boolean[] hasArea = new boolean[n];
      Arrays.fill(hasArea, 0, net.areaCount(), true);
      boolean[] hasSite = new boolean[n];
      Arrays.fill(hasSite, net.areaCount(), n, true);
      ContiguityGuard guard = new ContiguityGuard(net.adjacency(), hasArea, hasSite, true, new ContiguityGuard.Work(n));
      double m = net.flows().totalWeight();
      int[] cluster = local.toArray();
      Clustering refined = new Refinement(n).refine(net.flows(), net.flows().strengths(), 1.0 / (2 * m),
          net.flows().edgeCount() / m, LeidenAlgorithm.DEFAULT_RANDOMNESS, guard, cluster, new SeededRandom(t));
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (refined.cluster(i) == refined.cluster(j)) {
            assertThat(cluster[i]).as("trial %d: %d and %d", t, i, j).isEqualTo(cluster[j]);
          }
        }
      }
      assertThat(Graphs.disconnectedClusters(net, refined)).as("trial %d", t).isEmpty();
    }
  }
}
