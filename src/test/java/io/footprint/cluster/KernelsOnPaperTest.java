package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The smaller kernels of {@code cluster} on fixtures worked out by hand: the totals of a clustering,
 * the constraints' bounds, sub-networks, silent areas, plurality's first choices and fill, and the
 * resolution search's bracket and bisection.
 */
class KernelsOnPaperTest {
  /**
   * Three areas in a row (populations 10, 20, 30) and two sites: area 0 sends 4 to site A (node 3),
   * area 1 sends 6 to A and 2 to B (node 4), area 2 sends 8 to B. A provides; B does not.
   */
  static SpatialFlowNetwork three() {
    Network flows = Graphs.network(5, new int[][] {{0, 3}, {1, 3}, {1, 4}, {2, 4}}, new double[] {4, 6, 2, 8});
    return new SpatialFlowNetwork(flows, Graphs.gridAdjacency(1, 3, 5), 3, new double[] {10, 20, 30, 0, 0},
        new boolean[] {false, false, false, true, false});
  }

  /** Footprint {0, 1, A} and {2, B}: residents 30 and 30, activity 12 and 8, internal 10 and 8. */
  @Test
  void clusterTotals() {
    ClusterStats s = new ClusterStats(three(), new Clustering(new int[] {0, 0, 1, 0, 1}));
    assertThat(s.clusterCount()).isEqualTo(2);
    assertThat(s.population(0)).isEqualTo(30);
    assertThat(s.population(1)).isEqualTo(30);
    assertThat(s.residentActivity(0)).isEqualTo(12);
    assertThat(s.siteActivity(0)).isEqualTo(10);
    assertThat(s.internalActivity(0)).isEqualTo(10);
    assertThat(s.internalActivity(1)).isEqualTo(8);
    assertThat(s.siteActivity(1)).isEqualTo(10);
    assertThat(s.areas(0)).isEqualTo(2);
    assertThat(s.sites(1)).isEqualTo(1);
    assertThat(s.providers(0)).isEqualTo(1);
    assertThat(s.providers(1)).isZero();
    assertThat(s.localisation(0)).isCloseTo(10.0 / 12, within(1e-12));
    assertThat(s.marketShare(1)).isCloseTo(0.8, within(1e-12));
    assertThat(s.overallLocalisation()).isCloseTo(18.0 / 20, within(1e-12));
    ClusterStats.Totals t = s.totals();
    t.merge(1, 0, 2);
    assertThat(t.population()[0]).isEqualTo(60);
    assertThat(t.internalActivity()[0]).isEqualTo(20);
    assertThat(t.providers()[0]).isEqualTo(1);
    assertThat(s.population(0)).as("the stats themselves do not change").isEqualTo(30);
    ClusterStats silent = new ClusterStats(three(), new Clustering(new int[] {0, 0, 0, 0, 1}));
    assertThat(silent.localisation(1)).as("no residents").isNaN();
    assertThat(new ClusterStats(three(), new Clustering(new int[] {0, 0, 0, 1, 1})).marketShare(0)).isNaN();
  }

  /** Bounds are inclusive: exactly the minimum passes. */
  @Test
  void constraintsAtTheirBounds() {
    ClusterStats.Totals t = new ClusterStats(three(), new Clustering(new int[] {0, 0, 1, 0, 1})).totals();
    assertThat(new Constraints(30, 0, false).violated(t, 0)).isFalse();
    assertThat(new Constraints(30.5, 0, false).violated(t, 0)).isTrue();
    assertThat(new Constraints(0, 10.0 / 12, false).violated(t, 0)).isFalse();
    assertThat(new Constraints(0, 0.84, false).violated(t, 0)).isTrue();
    assertThat(new Constraints(0, 0, true).violated(t, 1)).as("no providing site").isTrue();
    assertThat(new Constraints(0, 0, false).violated(t, 1)).isFalse();
    assertThatThrownBy(() -> new Constraints(-1, 0, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Constraints(0, 1.1, false)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Constraints.minPopulationProblem(Double.POSITIVE_INFINITY)).isNotNull();
    assertThat(Constraints.minLocalisationProblem(1)).isNull();
  }

  /** The sub-network of areas 1 and 2 and site B: edges to area 0 and site A are dropped. */
  @Test
  void subnetworkKeepsOnlyItsOwnEdges() {
    SpatialFlowNetwork sub = three().subnetwork(new int[] {1, 2, 4});
    assertThat(sub.areaCount()).isEqualTo(2);
    assertThat(sub.nodeCount()).isEqualTo(3);
    assertThat(sub.flows().totalWeight()).isEqualTo(10);
    assertThat(sub.adjacency().edgeCount()).isEqualTo(1);
    assertThat(sub.providerCount()).isZero();
    assertThat(three().providerCount()).isEqualTo(1);
    assertThat(sub.isArea(1)).isTrue();
    assertThat(sub.isArea(2)).isFalse();
    assertThatThrownBy(() -> three().subnetwork(new int[] {2, 1})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void integrityIsChecked() {
    Network flows = Graphs.network(3, new int[][] {{0, 1}}, new double[] {1});
    assertThatThrownBy(() -> new SpatialFlowNetwork(flows, Graphs.gridAdjacency(1, 2, 3), 2, new double[3],
        new boolean[3])).as("a flow between two areas").hasMessageContaining("joins two areas");
    // a relationship between two sites is an edge the flow graph may hold
    Network related = Graphs.network(4, new int[][] {{0, 2}, {1, 3}, {2, 3}}, new double[] {1, 1, 5});
    assertThat(new SpatialFlowNetwork(related, Graphs.gridAdjacency(1, 2, 4), 2, new double[4], new boolean[4])
        .nodeCount()).isEqualTo(4);
    Network site = Graphs.network(3, new int[][] {{0, 2}}, new double[] {1});
    assertThatThrownBy(() -> new SpatialFlowNetwork(site, Graphs.gridAdjacency(1, 3, 3), 2, new double[3],
        new boolean[3])).hasMessageContaining("site node 2 has adjacency edges");
    assertThatThrownBy(() -> new SpatialFlowNetwork(site, Graphs.gridAdjacency(1, 2, 3), 2, new double[] {0, 0, 5},
        new boolean[3])).hasMessageContaining("has population");
    assertThatThrownBy(() -> new SpatialFlowNetwork(site, Graphs.gridAdjacency(1, 2, 3), 2, new double[3],
        new boolean[] {true, false, false})).hasMessageContaining("is marked a provider");
    assertThatThrownBy(() -> new SpatialFlowNetwork(site, Graphs.gridAdjacency(1, 2, 2), 2, new double[3],
        new boolean[3])).hasMessageContaining("disagree");
  }

  /**
   * Five areas in a row; only areas 0 and 4 have activity. Areas 1 and 2 are nearer 0 (2 is as near 4
   * as 0 is, and 0 is reached first), area 3 nearer 4: hosts {0, 1, 2}, {3, 4}.
   */
  @Test
  void silentAreasRideWithTheNearestActiveArea() {
    Network flows = Graphs.network(6, new int[][] {{0, 5}, {4, 5}}, new double[] {1, 1});
    SpatialFlowNetwork net = new SpatialFlowNetwork(flows, Graphs.gridAdjacency(1, 5, 6), 5, new double[6],
        new boolean[] {false, false, false, false, false, true});
    assertThat(LeidenAlgorithm.silentAreaHosts(net).toArray()).containsExactly(0, 0, 0, 1, 1, 2);
    Network none = Graphs.network(4, new int[][] {{0, 3}}, new double[] {1});
    SpatialFlowNetwork island = new SpatialFlowNetwork(none, Graphs.unweighted(4, new int[][] {{1, 2}}), 3,
        new double[4], new boolean[] {false, false, false, true});
    assertThat(LeidenAlgorithm.silentAreaHosts(island).toArray()).as("a piece with no activity stays as it is")
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void leidenRefusesSettingsItCannotRun() {
    assertThatThrownBy(() -> new LeidenAlgorithm(0, 0.01, 10, 0, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LeidenAlgorithm(1, 0, 10, 0, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LeidenAlgorithm(1, 0.01, 0, 0, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LeidenAlgorithm(1, 0.01, 10, -1, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LeidenAlgorithm(1, 0.01, 10, 0, true, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new LeidenAlgorithm(1e-9, 0.01, 1, 0, true).cluster(three(), 1).clusterCount()).isPositive();
  }

  /**
   * Plurality on {@link #three()}: area 1 sends more to A (6) than to B (2), and B provides nothing, so
   * every area but 2 chooses A; area 2 chooses B, the only site it uses.
   */
  @Test
  void pluralityPrefersProvidingSites() {
    Clustering c = new PluralityAlgorithm(Constraints.none()).cluster(three());
    assertThat(c.toArray()).containsExactly(0, 0, 1, 0, 1);
    SpatialFlowNetwork net = three();
    SpatialFlowNetwork bProvides = new SpatialFlowNetwork(net.flows(), net.adjacency(), 3,
        new double[] {10, 20, 30, 0, 0}, new boolean[] {false, false, false, false, true});
    assertThat(new PluralityAlgorithm(Constraints.none()).cluster(bProvides).toArray())
        .as("area 1 now prefers the providing B, however little it sends").containsExactly(0, 1, 1, 0, 1);
  }

  /**
   * A row of five areas: area 0 uses site A, area 4 site B, areas 1-3 nothing. The silent areas fill
   * in waves from their neighbours: 1 from 0, 3 from 4, then 2 borders both equally and shares as
   * many borders with each, so it joins the lower-numbered footprint (A's). A second piece of the
   * map (areas 5 and 6, linked to nothing with activity) becomes a footprint of its own.
   */
  @Test
  void pluralityFillsSilentAreasInWaves() {
    Network flows = Graphs.network(9, new int[][] {{0, 7}, {4, 8}}, new double[] {5, 5});
    Network adj = Graphs.unweighted(9, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {5, 6}});
    SpatialFlowNetwork net = new SpatialFlowNetwork(flows, adj, 7, new double[9],
        new boolean[] {false, false, false, false, false, false, false, true, true});
    Clustering c = new PluralityAlgorithm(Constraints.none()).cluster(net);
    assertThat(c.toArray()).containsExactly(0, 0, 0, 1, 1, 2, 2, 0, 1);
  }

  /** The search on a made-up response: gamma gives floor(4 gamma) + 1 clusters of a 12-node network. */
  @Test
  void resolutionSearchBracketsThenBisects() {
    SpatialFlowNetwork net = Graphs.randomFlows(2, 6, 6, new Random(3));
    DoubleFunction<Clustering> run = gamma -> {
      int k = Math.min(net.nodeCount(), (int) Math.floor(4 * gamma) + 1);
      int[] c = new int[net.nodeCount()];
      for (int i = 0; i < c.length; i++) {
        c[i] = i % k;
      }
      return new Clustering(c);
    };
    ResolutionSearch.Result five = ResolutionSearch.search(5, run, net, false);
    assertThat(five.clustering().clusterCount()).isEqualTo(5);
    assertThat(five.resolution()).isEqualTo(1.0);
    assertThat(five.merged()).isFalse();
    ResolutionSearch.Result seven = ResolutionSearch.search(7, run, net, false);
    assertThat(seven.clustering().clusterCount()).isEqualTo(7);
    assertThat(seven.resolution()).isBetween(1.5, 1.75);
    assertThat(seven.steps()).isGreaterThan(2);
    ResolutionSearch.Result two = ResolutionSearch.search(2, run, net, false);
    assertThat(two.resolution()).isBetween(0.25, 0.5);
    assertThatThrownBy(() -> ResolutionSearch.search(0, run, net, false)).isInstanceOf(IllegalArgumentException.class);
    ResolutionSearch.Unreachable e = catchThrowableOfType(ResolutionSearch.Unreachable.class,
        () -> ResolutionSearch.search(20, run, net, false));
    assertThat(e.target()).isEqualTo(20);
    assertThat(e.mostFound()).isEqualTo(net.nodeCount());
  }

  /** A count that jumps over the target (1 to 3): the search merges the 3 down to 2. */
  @Test
  void resolutionSearchMergesWhenTheCountJumps() {
    SpatialFlowNetwork net = Graphs.randomFlows(2, 6, 6, new Random(4));
    DoubleFunction<Clustering> run = gamma -> {
      int k = gamma < 1.3 ? 1 : 3;
      int[] c = new int[net.nodeCount()];
      for (int i = 0; i < c.length; i++) {
        c[i] = i < net.areaCount() ? (i % 6) * k / 6 : 0;
      }
      return new Clustering(c);
    };
    ResolutionSearch.Result two = ResolutionSearch.search(2, run, net, false);
    assertThat(two.merged()).isTrue();
    assertThat(two.clustering().clusterCount()).isEqualTo(2);
  }
}
