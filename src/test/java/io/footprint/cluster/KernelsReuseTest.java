package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Kernels that keep work arrays between calls give what fresh ones give; merging to a target takes
 * the pair a brute-force search takes; plurality keeps the catchment piece sending its site most.
 */
class KernelsReuseTest {
  @Test
  void reusedWorkArraysGiveWhatFreshOnesGive() {
    Random rnd = new Random(23);
    Refinement reused = new Refinement(40);
    FastLocalMoving moving = new FastLocalMoving(40);
    for (int t = 0; t < 40; t++) {
      SpatialFlowNetwork net = Graphs.randomFlows(4, 5, 1 + rnd.nextInt(5), rnd);
      int n = net.nodeCount();
      boolean[] hasArea = new boolean[n];
      Arrays.fill(hasArea, 0, net.areaCount(), true);
      boolean[] hasSite = new boolean[n];
      Arrays.fill(hasSite, net.areaCount(), n, true);
      boolean contiguity = t % 2 == 0;
      double m = net.flows().totalWeight();
      int[] start = new int[n];
      for (int i = 0; i < n; i++) {
        start[i] = rnd.nextInt(3);
      }
      int[] a = start.clone();
      int[] b = start.clone();
      moving.improve(net.flows(), net.flows().strengths(), 1 / (2 * m), guard(net, hasArea, hasSite, contiguity), a,
          new SeededRandom(t));
      new FastLocalMoving(n).improve(net.flows(), net.flows().strengths(), 1 / (2 * m),
          guard(net, hasArea, hasSite, contiguity), b, new SeededRandom(t));
      assertThat(a).as("local moving, trial %d", t).isEqualTo(b);
      Clustering r1 = reused.refine(net.flows(), net.flows().strengths(), 1 / (2 * m), net.flows().edgeCount() / m,
          0.01, guard(net, hasArea, hasSite, contiguity), a, new SeededRandom(t));
      Clustering r2 = new Refinement(n).refine(net.flows(), net.flows().strengths(), 1 / (2 * m),
          net.flows().edgeCount() / m, 0.01, guard(net, hasArea, hasSite, contiguity), a, new SeededRandom(t));
      assertThat(r1).as("refinement, trial %d", t).isEqualTo(r2);
    }
  }

  private static ContiguityGuard guard(SpatialFlowNetwork net, boolean[] hasArea, boolean[] hasSite, boolean on) {
    return new ContiguityGuard(net.adjacency(), hasArea, hasSite, on, new ContiguityGuard.Work(net.nodeCount()));
  }

  /** Each merge takes the bordering pair whose merge leaves the highest modularity (one merge from each start). */
  @Test
  void targetMergingTakesTheBestPairABruteForceFinds() {
    Random rnd = new Random(29);
    for (int t = 0; t < 40; t++) {
      SpatialFlowNetwork net = Graphs.randomFlows(3, 4, 4, rnd);
      Clustering start = new PluralityAlgorithm(Constraints.none()).cluster(net);
      int k = start.clusterCount();
      if (k < 3) {
        continue;
      }
      double gamma = 0.5 + rnd.nextDouble();
      Clustering merged = TargetMerger.mergeTo(net, start, k - 1, gamma, true);
      double best = Double.NEGATIVE_INFINITY;
      for (int x = 0; x < k; x++) {
        for (int y = x + 1; y < k; y++) {
          int[] c = start.toArray();
          for (int i = 0; i < c.length; i++) {
            c[i] = c[i] == y ? x : c[i];
          }
          Clustering candidate = new Clustering(c).normalise();
          if (Graphs.disconnectedClusters(net, candidate).isEmpty() && touch(net, start, x, y)) {
            best = Math.max(best, Modularity.of(net.flows(), candidate, gamma));
          }
        }
      }
      assertThat(merged.clusterCount()).isEqualTo(k - 1);
      assertThat(Modularity.of(net.flows(), merged, gamma)).as("trial %d", t).isCloseTo(best, within(1e-12));
    }
  }

  /** Whether clusters x and y exchange flow or border each other (the pairs the merger considers). */
  private static boolean touch(SpatialFlowNetwork net, Clustering c, int x, int y) {
    for (Network g : new Network[] {net.flows(), net.adjacency()}) {
      for (int i = 0; i < g.nodeCount(); i++) {
        for (int e = g.neighbourStart(i); e < g.neighbourEnd(i); e++) {
          if (c.cluster(i) == x && c.cluster(g.neighbour(e)) == y) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Five areas in a row. Site A is the first choice of areas 0, 1 and 3; area 2 chooses B and area 4
   * C. A's catchment falls into {0, 1}, sending it 2 + 2, and {3}, sending it 9: the larger flow wins,
   * so 0 and 1 are released, and join by waves the footprint they send most to.
   */
  @Test
  void pluralityKeepsTheCatchmentPieceSendingItsSiteMost() {
    int a = 5;
    int b = 6;
    int c = 7;
    Network flows = Graphs.network(8, new int[][] {{0, a}, {0, b}, {1, a}, {1, b}, {2, b}, {3, a}, {4, c}},
        new double[] {2, 1, 2, 1.5, 5, 9, 5});
    SpatialFlowNetwork net = new SpatialFlowNetwork(flows, Graphs.gridAdjacency(1, 5, 8), 5, new double[8],
        new boolean[] {false, false, false, false, false, true, true, true});
    int[] label = {a, a, b, a, c, -1, -1, -1};
    PluralityAlgorithm.releaseDetachedPieces(net, label);
    assertThat(label).containsExactly(-1, -1, b, a, c, -1, -1, -1);
    Clustering all = new PluralityAlgorithm(Constraints.none()).cluster(net);
    assertThat(all.toArray()).containsExactly(0, 0, 0, 1, 2, 1, 0, 2);
  }

  @Test
  void leidenStopsOnceAnIterationGainsLessThanTheTolerance() {
    Random rnd = new Random(31);
    for (int t = 0; t < 10; t++) {
      SpatialFlowNetwork net = Graphs.randomFlows(5, 5, 5, rnd);
      Clustering one = new LeidenAlgorithm(1, 0.01, 1, 0, true).cluster(net, t);
      Clustering tolerant = new LeidenAlgorithm(1, 0.01, 50, 1e9, true).cluster(net, t);
      assertThat(tolerant).as("trial %d: a tolerance nothing reaches stops after one iteration", t).isEqualTo(one);
    }
  }

  @Test
  void totalsMergeEveryFigure() {
    ClusterStats s = new ClusterStats(KernelsOnPaperTest.three(), new Clustering(new int[] {0, 1, 1, 0, 1}));
    ClusterStats.Totals t = s.totals();
    t.merge(0, 1, 4);
    assertThat(t.population()[1]).isEqualTo(60);
    assertThat(t.residentActivity()[1]).isEqualTo(20);
    assertThat(t.siteActivity()[1]).isEqualTo(20);
    assertThat(t.internalActivity()[1]).isEqualTo(s.internalActivity(0) + s.internalActivity(1) + 4);
    assertThat(t.areas()[1]).isEqualTo(3);
    assertThat(t.providers()[1]).isEqualTo(1);
  }
}
