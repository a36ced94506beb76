package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NetworkTest {
  @Test
  void edgesGivenTwiceAreSummedAndSelfLinksKeptApart() {
    Network net = Network.fromEdges(3, new int[] {0, 1, 2, 2}, new int[] {1, 0, 2, 1}, new double[] {1, 2, 5, 4});
    assertThat(net.edgeCount()).isEqualTo(2);
    assertThat(net.edgeWeight(net.neighbourStart(0))).isEqualTo(3);
    assertThat(net.selfLinkWeight(2)).isEqualTo(5);
    assertThat(net.totalWeight()).isEqualTo(12);
    assertThat(net.strengths()).containsExactly(3, 7, 14);
    net.checkIntegrity();
  }

  /** The total is kept once summed: asked again, and of a network made from this one, it is that network's own. */
  @Test
  void totalWeightKeptPerNetwork() {
    Network net = Network.fromEdges(3, new int[] {0, 1, 2, 2}, new int[] {1, 0, 2, 1}, new double[] {1, 2, 5, 4});
    assertThat(net.totalWeight()).isEqualTo(12);
    assertThat(net.totalWeight()).isEqualTo(12);
    assertThat(net.withoutSelfLinks().totalWeight()).isEqualTo(7); // 3 + 4 without the self-link of 5
    Network pair = net.aggregate(new Clustering(new int[] {0, 0, 1}));
    assertThat(pair.totalWeight()).isEqualTo(12); // 0-1 inside (3), 2's self-link (5), 4 between
    assertThat(pair.selfLinkWeight(0)).isEqualTo(3);
    assertThat(net.totalWeight()).isEqualTo(12);
  }

  @Test
  void unweightedSharesTheRowsAndAddsNodesWithoutEdges() {
    int[] start = {0, 1, 3, 4};
    int[] neighbour = {1, 0, 2, 1};
    Network net = Network.unweighted(5, start, neighbour, new double[] {1, 1, 1, 1});
    net.checkIntegrity();
    assertThat(net.nodeCount()).isEqualTo(5);
    assertThat(net.edgeCount()).isEqualTo(2);
    assertThat(net.degree(1)).isEqualTo(2);
    assertThat(net.degree(3)).isZero();
    assertThat(net.degree(4)).isZero();
    assertThatThrownBy(() -> Network.unweighted(2, start, neighbour, new double[4]))
        .hasMessageContaining("do not fit");
  }

  @Test
  void rejectsBadEdges() {
    assertThatThrownBy(() -> Network.fromEdges(2, new int[] {0}, new int[] {2}, new double[] {1}))
        .hasMessageContaining("joins 0 and 2");
    assertThatThrownBy(() -> Network.fromEdges(2, new int[] {0}, new int[] {1}, new double[] {-1}))
        .hasMessageContaining("weight -1");
  }

  @Test
  void integrityCheckNamesAnAsymmetricEdge() {
    Network broken = new Network(2, new int[] {0, 1, 1}, new int[] {1}, new double[] {1}, new double[2]);
    assertThatThrownBy(broken::checkIntegrity).hasMessageContaining("not stored symmetrically");
  }

  @Test
  void aggregateOfTwoTriangles() {
    Network net = Graphs.unweighted(6, new int[][] {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
    Network agg = net.aggregate(new Clustering(new int[] {0, 0, 0, 1, 1, 1}));
    assertThat(agg.nodeCount()).isEqualTo(2);
    assertThat(agg.selfLinkWeight(0)).isEqualTo(3);
    assertThat(agg.selfLinkWeight(1)).isEqualTo(3);
    assertThat(agg.edgeWeight(agg.neighbourStart(0))).isEqualTo(1);
  }

  @Test
  void aggregateSumsTheEdgesBetweenAndInsideClustersInReusedArraysWhateverTheyHeld() {
    Random rnd = new Random(3);
    int[] nb = new int[0];
    double[] w = new double[0];
    for (int t = 0; t < 200; t++) {
      int n = 2 + rnd.nextInt(40);
      int edges = rnd.nextInt(4 * n);
      int[] from = new int[edges];
      int[] to = new int[edges];
      double[] weight = new double[edges];
      for (int e = 0; e < edges; e++) {
        from[e] = rnd.nextInt(n);
        to[e] = rnd.nextInt(n);
        weight[e] = rnd.nextBoolean() ? 1 + rnd.nextInt(9) : rnd.nextDouble();
      }
      Network net = Network.fromEdges(n, from, to, weight);
      int[] cluster = new int[n];
      int k = 1 + rnd.nextInt(n);
      for (int i = 0; i < n; i++) {
        cluster[i] = i < k ? i : rnd.nextInt(k);
      }
      Clustering c = new Clustering(cluster).normalise();
      if (nb.length < net.neighbour.length) {
        nb = new int[net.neighbour.length + rnd.nextInt(5)];
        w = new double[nb.length];
      }
      // what the last trial left there, and junk besides
      Arrays.fill(nb, net.neighbour.length / 2, nb.length, -7);
      Arrays.fill(w, 0, w.length / 3, 99.5);
      Network fresh = net.aggregate(c);
      Network reused = net.aggregate(c, nb, w);
      // recomputed apart: each pair of clusters' summed weight, each cluster's weight inside
      TreeMap<Long, Double> between = new TreeMap<>();
      double[] inside = new double[c.nClusters];
      for (int i = 0; i < n; i++) {
        inside[c.cluster[i]] += net.selfLinkWeight(i);
        for (int e = net.neighbourStart(i); e < net.neighbourEnd(i); e++) {
          int a = c.cluster[i];
          int b = c.cluster[net.neighbour(e)];
          if (a == b) {
            inside[a] += net.edgeWeight(e) / 2;
          } else {
            between.merge((long) a * n + b, net.edgeWeight(e), Double::sum);
          }
        }
      }
      assertThat(fresh.edgeCount() * 2).as("trial %d", t).isEqualTo(between.size());
      for (int a = 0; a < c.nClusters; a++) {
        assertThat(fresh.selfLinkWeight(a)).isCloseTo(inside[a], within(1e-9));
        for (int e = fresh.neighbourStart(a); e < fresh.neighbourEnd(a); e++) {
          Double expected = between.get((long) a * n + fresh.neighbour(e));
          assertThat(expected).as("trial %d, edge %d-%d", t, a, fresh.neighbour(e)).isNotNull();
          assertThat(fresh.edgeWeight(e)).isCloseTo(expected, within(1e-9));
        }
      }
      assertThat(reused.firstNeighbourIndex).as("trial %d", t).isEqualTo(fresh.firstNeighbourIndex);
      assertThat(reused.neighbour).as("trial %d", t).isEqualTo(fresh.neighbour);
      assertThat(reused.edgeWeight).as("trial %d", t).isEqualTo(fresh.edgeWeight);
      assertThat(reused.selfLinkWeight).as("trial %d", t).isEqualTo(fresh.selfLinkWeight);
    }
  }
}
