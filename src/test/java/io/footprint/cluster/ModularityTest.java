package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ModularityTest {
  /** Two triangles joined by one edge: Q = 5/14 for the natural split (worked by hand: m = 7). */
  @Test
  void twoTrianglesByHand() {
    Network net = Graphs.unweighted(6, new int[][] {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
    Clustering c = new Clustering(new int[] {0, 0, 0, 1, 1, 1});
    // each triangle: w_in = 3, K = 7; Q = 2 * (3/7 - (7/14)^2) = 6/7 - 1/2 = 5/14
    assertThat(Modularity.of(net, c, 1)).isCloseTo(5.0 / 14, within(1e-12));
    assertThat(Modularity.of(net, new Clustering(new int[6]), 1)).isCloseTo(0, within(1e-12));
  }

  @Test
  void agreesWithTheDefinitionOnRandomGraphs() {
    Random rnd = new Random(7);
    for (int t = 0; t < 50; t++) {
      Network net = Graphs.random(12, 0.3, rnd);
      int[] c = new int[12];
      for (int i = 0; i < 12; i++) {
        c[i] = rnd.nextInt(4);
      }
      double gamma = 0.5 + rnd.nextDouble();
      assertThat(Modularity.of(net, new Clustering(c), gamma)).isCloseTo(NaiveModularity.of(net, c, gamma),
          within(1e-12));
    }
  }

  /** The aggregated network scores the same as the original (networkanalysis TestNetworkClustering). */
  @Test
  void aggregateScoresTheSame() {
    Random rnd = new Random(11);
    for (int t = 0; t < 30; t++) {
      Network net = Graphs.random(15, 0.25, rnd);
      int[] c = new int[15];
      for (int i = 0; i < 15; i++) {
        c[i] = rnd.nextInt(5);
      }
      Clustering clustering = new Clustering(c).normalise();
      Network agg = net.aggregate(clustering);
      agg.checkIntegrity();
      assertThat(agg.totalWeight()).isCloseTo(net.totalWeight(), within(1e-9));
      double q = Modularity.of(net, clustering, 1.3);
      assertThat(Modularity.of(agg, Clustering.singletons(agg.nodeCount()), 1.3)).isCloseTo(q, within(1e-12));
      assertThat(NaiveModularity.of(agg, Clustering.singletons(agg.nodeCount()).toArray(), 1.3))
          .isCloseTo(q, within(1e-12));
    }
  }

  /**
   * The gain local moving computes for moving node j from C to D, divided by m, equals the
   * difference of the totals.
   */
  @Test
  void moveGainEqualsDifferenceOfTotals() {
    Random rnd = new Random(3);
    for (int t = 0; t < 200; t++) {
      Network net = Graphs.random(10, 0.4, rnd);
      double m = net.totalWeight();
      if (m == 0) {
        continue;
      }
      double gamma = 0.3 + 2 * rnd.nextDouble();
      int[] c = new int[10];
      for (int i = 0; i < 10; i++) {
        c[i] = rnd.nextInt(3);
      }
      int j = rnd.nextInt(10);
      int d = rnd.nextInt(4);
      double[] k = net.strengths();
      double[] clusterWeight = new double[4];
      double[] toCluster = new double[4];
      for (int i = 0; i < 10; i++) {
        if (i != j) {
          clusterWeight[c[i]] += k[i];
        }
      }
      for (int e = net.neighbourStart(j); e < net.neighbourEnd(j); e++) {
        toCluster[c[net.neighbour(e)]] += net.edgeWeight(e);
      }
      double gammaPrime = gamma / (2 * m);
      double gain = FastLocalMoving.gain(toCluster[d], k[j], clusterWeight[d], gammaPrime)
          - FastLocalMoving.gain(toCluster[c[j]], k[j], clusterWeight[c[j]], gammaPrime);
      double before = Modularity.of(net, new Clustering(c, 4), gamma);
      int[] after = c.clone();
      after[j] = d;
      assertThat(gain / m).isCloseTo(Modularity.of(net, new Clustering(after, 4), gamma) - before, within(1e-12));
    }
  }
}
