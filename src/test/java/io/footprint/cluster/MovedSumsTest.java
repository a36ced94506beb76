package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Totals kept up to date as areas move ({@link ClusterStats#withAreasMoved}, {@link Modularity.Sums#withNodesMoved})
 * against the same totals summed afresh: equal to the last bit when the weights are whole, on a fixture worked on
 * paper and over generated flows and moves.
 */
class MovedSumsTest {
  /**
   * Two areas (0, 1) and two sites (2, 3); flows 0-2: 4, 0-3: 1, 1-2: 2, 1-3: 3; m = 10. Area 0 moves from
   * cluster 0 (with site 2) to cluster 1 (with area 1 and site 3). Before: w_in = 4 and 3, K = 11 and 9, Q =
   * 7/10 - (11/20)^2 - (9/20)^2 = 0.195. After: cluster 0 holds site 2 alone (w_in 0, K 6), cluster 1 the rest
   * (w_in 1 + 3 = 4, K 14): Q = 4/10 - (6/20)^2 - (14/20)^2 = -0.18.
   */
  @Test
  void anAreaMovedOnPaper() {
    Network flows = Graphs.network(4, new int[][] {{0, 2}, {0, 3}, {1, 2}, {1, 3}}, new double[] {4, 1, 2, 3});
    SpatialFlowNetwork net = new SpatialFlowNetwork(flows, Network.fromEdges(4, new int[] {0}, new int[] {1},
        new double[] {1}), 2, new double[] {100, 50, 0, 0}, new boolean[] {false, false, true, true});
    Clustering before = new Clustering(new int[] {0, 1, 0, 1});
    Clustering after = new Clustering(new int[] {1, 1, 0, 1});
    Modularity.Sums sums = new Modularity.Sums(flows, before);
    assertThat(sums.at(1)).isCloseTo(0.195, within(1e-15));
    Modularity.Sums moved = sums.withNodesMoved(flows, before, after);
    assertThat(moved.at(1)).isEqualTo(new Modularity.Sums(flows, after).at(1));
    assertThat(moved.at(1)).isCloseTo(-0.18, within(1e-15));
    ClusterStats stats = new ClusterStats(net, before).withAreasMoved(net, before, after);
    // cluster 0: no residents, its site treats 4 + 2 = 6 of which none from its own residents
    assertThat(stats.population(0)).isEqualTo(0);
    assertThat(stats.residentActivity(0)).isEqualTo(0);
    assertThat(stats.siteActivity(0)).isEqualTo(6);
    assertThat(stats.internalActivity(0)).isEqualTo(0);
    // cluster 1: 150 residents with 5 + 5 = 10 activity, 1 + 3 = 4 of it at site 3
    assertThat(stats.population(1)).isEqualTo(150);
    assertThat(stats.residentActivity(1)).isEqualTo(10);
    assertThat(stats.internalActivity(1)).isEqualTo(4);
    assertThat(stats.areas(1)).isEqualTo(2);
    assertThat(stats.areas(0)).isEqualTo(0);
  }

  @Test
  void movedEqualsSummedAfreshOverGeneratedFlows() {
    Random rnd = new Random(29);
    int exact = 0;
    for (int t = 0; t < 200; t++) {
      SpatialFlowNetwork net = Graphs.randomFlows(4 + rnd.nextInt(5), 4 + rnd.nextInt(5), 2 + rnd.nextInt(6), rnd);
      int n = net.nodeCount();
      int nA = net.areaCount();
      int k = 1 + rnd.nextInt(6);
      int[] c = new int[n];
      for (int i = 0; i < n; i++) {
        c[i] = rnd.nextInt(k);
      }
      c[0] = k - 1; // every cluster number below k is declared
      int[] d = c.clone();
      int moves = rnd.nextInt(nA);
      for (int m = 0; m < moves; m++) {
        d[rnd.nextInt(nA)] = rnd.nextInt(k);
      }
      Clustering before = new Clustering(c, k);
      Clustering after = new Clustering(d, k);
      assertThat(net.exactSums()).isTrue();
      exact++;
      ClusterStats fresh = new ClusterStats(net, after);
      ClusterStats moved = new ClusterStats(net, before).withAreasMoved(net, before, after);
      for (int x = 0; x < k; x++) {
        assertThat(moved.population(x)).isEqualTo(fresh.population(x));
        assertThat(moved.residentActivity(x)).isEqualTo(fresh.residentActivity(x));
        assertThat(moved.siteActivity(x)).isEqualTo(fresh.siteActivity(x));
        assertThat(moved.internalActivity(x)).isEqualTo(fresh.internalActivity(x));
        assertThat(moved.areas(x)).isEqualTo(fresh.areas(x));
        assertThat(moved.sites(x)).isEqualTo(fresh.sites(x));
        assertThat(moved.providers(x)).isEqualTo(fresh.providers(x));
      }
      assertThat(moved.overallLocalisation()).isEqualTo(fresh.overallLocalisation());
      double gamma = 0.2 + 2 * rnd.nextDouble();
      Modularity.Sums sums = new Modularity.Sums(net.flows(), before).withNodesMoved(net.flows(), before, after);
      assertThat(sums.at(gamma)).isEqualTo(Modularity.of(net.flows(), after, gamma));
      assertThat(sums.at(1)).isEqualTo(Modularity.of(net.flows(), after, 1));
    }
    assertThat(exact).isEqualTo(200);
  }

  @Test
  void fractionalOrHugeWeightsAreNotExact() {
    Network flows = Graphs.network(3, new int[][] {{0, 2}, {1, 2}}, new double[] {1.5, 2});
    Network adjacency = Network.fromEdges(3, new int[] {0}, new int[] {1}, new double[] {1});
    boolean[] provider = {false, false, true};
    assertThat(new SpatialFlowNetwork(flows, adjacency, 2, new double[] {10, 20, 0}, provider).exactSums()).isFalse();
    Network whole = Graphs.network(3, new int[][] {{0, 2}, {1, 2}}, new double[] {1, 2});
    assertThat(new SpatialFlowNetwork(whole, adjacency, 2, new double[] {10, 20, 0}, provider).exactSums()).isTrue();
    assertThat(new SpatialFlowNetwork(whole, adjacency, 2, new double[] {10.25, 20, 0}, provider).exactSums())
        .isFalse();
    assertThat(new SpatialFlowNetwork(whole, adjacency, 2, new double[] {0x1p52, 20, 0}, provider).exactSums())
        .isFalse();
  }

  @Test
  void sitesStayAndCountsMatch() {
    Network flows = Graphs.network(3, new int[][] {{0, 2}, {1, 2}}, new double[] {1, 2});
    SpatialFlowNetwork net = new SpatialFlowNetwork(flows, Network.fromEdges(3, new int[] {0}, new int[] {1},
        new double[] {1}), 2, new double[] {10, 20, 0}, new boolean[] {false, false, true});
    Clustering before = new Clustering(new int[] {0, 1, 0});
    ClusterStats stats = new ClusterStats(net, before);
    assertThatThrownBy(() -> stats.withAreasMoved(net, before, new Clustering(new int[] {0, 1, 1})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("site");
    assertThatThrownBy(() -> stats.withAreasMoved(net, before, new Clustering(new int[] {0, 2, 0})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clusters");
  }
}
