package io.footprint.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;


class LeidenAlgorithmTest {
  /**
   * On tiny graphs, the best of five seeds reaches the exhaustive optimum almost always, and never
   * exceeds it. Leiden is a heuristic: one of these 25 graphs (number 11) has a local optimum that
   * single moves and refinement cannot leave (0.2117 against 0.2528); leidenalg 0.9.1 does worse
   * there (0.186 on 20 seeds).
   */
  @Test
  void findsTheOptimumOnTinyGraphs() {
    Random rnd = new Random(5);
    int optimal = 0;
    int graphs = 25;
    for (int t = 0; t < graphs; t++) {
      Network net = Graphs.random(8, 0.35, rnd);
      if (net.totalWeight() == 0) {
        optimal++;
        continue;
      }
      double best = NaiveModularity.best(net, 1);
      double found = Double.NEGATIVE_INFINITY;
      for (long seed = 1; seed <= 5; seed++) {
        Clustering c = new LeidenAlgorithm(1, false).cluster(net, seed);
        found = Math.max(found, Modularity.of(net, c, 1));
      }
      assertThat(found).isLessThanOrEqualTo(best + 1e-12);
      if (found > best - 1e-9) {
        optimal++;
      }
    }
    assertThat(optimal).isGreaterThanOrEqualTo(graphs - 2);
  }

  @Test
  void twoTrianglesSplitInTwo() {
    Network net = Graphs.unweighted(6, new int[][] {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}});
    Clustering c = new LeidenAlgorithm(1, false).cluster(net, 1);
    assertThat(c.toArray()).containsExactly(0, 0, 0, 1, 1, 1);
  }

  /** Property: with contiguity on, every cluster's areas are connected, over many random inputs and seeds. */
  @Test
  void everyClusterIsContiguous() {
    Random rnd = new Random(2024);
    for (int t = 0; t < 60; t++) {
      int rows = 4 + rnd.nextInt(8);
      int cols = 4 + rnd.nextInt(8);
      SpatialFlowNetwork net = Graphs.randomFlows(rows, cols, 2 + rnd.nextInt(8), rnd);
      double gamma = 0.3 + 2 * rnd.nextDouble();
      Clustering c = new LeidenAlgorithm(gamma, true).cluster(net, t);
      assertThat(Graphs.disconnectedClusters(net, c)).as("test %d", t).isEmpty();
      Clustering constrained = ConstraintMerger.apply(net, c, new Constraints(5000, 0.5, true));
      assertThat(Graphs.disconnectedClusters(net, constrained)).as("test %d after constraints", t).isEmpty();
    }
  }

  /** Without the constraint, the same inputs do produce non-contiguous clusters: the test above can fail. */
  @Test
  void withoutContiguityClustersCanBeDisconnected() {
    Random rnd = new Random(2024);
    int disconnected = 0;
    for (int t = 0; t < 60; t++) {
      int rows = 4 + rnd.nextInt(8);
      int cols = 4 + rnd.nextInt(8);
      SpatialFlowNetwork net = Graphs.randomFlows(rows, cols, 2 + rnd.nextInt(8), rnd);
      double gamma = 0.3 + 2 * rnd.nextDouble();
      Clustering c = new LeidenAlgorithm(gamma, false).cluster(net, t);
      disconnected += Graphs.disconnectedClusters(net, c).isEmpty() ? 0 : 1;
    }
    assertThat(disconnected).isPositive();
  }

  /**
   * Planted blocks: a 12 x 12 grid in four 6 x 6 blocks, each with two sites that only its own
   * areas use (plus 2% leakage to the next block): footprints recover the blocks exactly.
   */
  @Test
  void recoversPlantedBlocks() {
    int side = 12;
    int nA = side * side;
    int nS = 8;
    List<int[]> edges = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int a = 0; a < nA; a++) {
      int block = (a / side / 6) * 2 + (a % side / 6);
      edges.add(new int[] {a, nA + 2 * block});
      w.add(60.0);
      edges.add(new int[] {a, nA + 2 * block + 1});
      w.add(40.0);
      edges.add(new int[] {a, nA + 2 * ((block + 1) % 4)});
      w.add(2.0);
    }
    Network flows = Graphs.network(nA + nS, edges.toArray(new int[0][]), w.stream().mapToDouble(d -> d).toArray());
    double[] pop = new double[nA + nS];
    boolean[] provider = new boolean[nA + nS];
    Arrays.fill(pop, 0, nA, 100);
    Arrays.fill(provider, nA, nA + nS, true);
    SpatialFlowNetwork net = new SpatialFlowNetwork(flows, Graphs.gridAdjacency(side, side, nA + nS), nA, pop,
        provider);
    for (boolean contiguity : new boolean[] {true, false}) {
      for (long seed = 1; seed <= 5; seed++) {
        Clustering c = new LeidenAlgorithm(1, contiguity).cluster(net, seed);
        assertThat(c.clusterCount()).isEqualTo(4);
        for (int a = 0; a < nA; a++) {
          int block = (a / side / 6) * 2 + (a % side / 6);
          assertThat(c.cluster(a)).isEqualTo(c.cluster(nA + 2 * block));
          assertThat(c.cluster(nA + 2 * block + 1)).isEqualTo(c.cluster(nA + 2 * block));
        }
      }
    }
  }

  @Test
  void sameSeedSameClusteringDifferentSeedsMayDiffer() {
    SpatialFlowNetwork net = Graphs.randomFlows(15, 15, 12, new Random(9));
    Clustering a = new LeidenAlgorithm(1, true).cluster(net, 42);
    Clustering b = new LeidenAlgorithm(1, true).cluster(net, 42);
    assertThat(a).isEqualTo(b);
  }

  /**
   * Property: best of several starts keeps the single run as its first start and returns the run of
   * highest modularity among the starts' own seeds (the seed, then what a SplittableRandom seeded with
   * it draws), with contiguity on and off, whether the later starts run on this thread or on others;
   * over these inputs some starts do differ, so the test can fail.
   */
  @Test
  void bestOfStartsIsTheBestOfItsSingleRuns() {
    Random rnd = new Random(77);
    int improved = 0;
    ExecutorService pool = Executors.newFixedThreadPool(2);
    for (int t = 0; t < 30; t++) {
      SpatialFlowNetwork net = Graphs.randomFlows(6 + rnd.nextInt(8), 6 + rnd.nextInt(8), 3 + rnd.nextInt(10), rnd);
      boolean contiguity = t % 2 == 0;
      double gamma = 0.5 + rnd.nextDouble();
      long seed = rnd.nextLong();
      SplittableRandom seeds = new SplittableRandom(seed);
      long[] startSeeds = {seed, seeds.nextLong(), seeds.nextLong()};
      double best = Double.NEGATIVE_INFINITY;
      Clustering bestSingle = null;
      for (long s : startSeeds) {
        Clustering single = new LeidenAlgorithm(gamma, contiguity).cluster(net, s);
        double q = Modularity.of(net.flows(), single, gamma);
        if (q > best) {
          best = q;
          bestSingle = single;
        }
      }
      Clustering one = new LeidenAlgorithm(gamma, contiguity, 1).cluster(net, seed);
      Clustering three = new LeidenAlgorithm(gamma, contiguity, 3).cluster(net, seed);
      assertThat(one).as("test %d", t).isEqualTo(new LeidenAlgorithm(gamma, contiguity).cluster(net, seed));
      assertThat(three).as("test %d", t).isEqualTo(bestSingle);
      assertThat(new LeidenAlgorithm(gamma, contiguity, 3).cluster(net, seed, pool)).as("test %d", t)
          .isEqualTo(bestSingle);
      double q1 = Modularity.of(net.flows(), one, gamma);
      assertThat(Modularity.of(net.flows(), three, gamma)).isGreaterThanOrEqualTo(q1);
      improved += best > q1 + 1e-12 ? 1 : 0;
    }
    pool.shutdownNow();
    assertThat(improved).isPositive();
  }

  @Test
  void higherResolutionGivesMoreClusters() {
    SpatialFlowNetwork net = Graphs.randomFlows(20, 20, 30, new Random(4));
    int low = new LeidenAlgorithm(0.2, true).cluster(net, 1).clusterCount();
    int high = new LeidenAlgorithm(3, true).cluster(net, 1).clusterCount();
    assertThat(high).isGreaterThan(low);
  }

  @Test
  void modularityIsCloseToUnconstrainedOnSpatialFlows() {
    SpatialFlowNetwork net = Graphs.randomFlows(20, 20, 25, new Random(8));
    double with = Modularity.of(net.flows(), new LeidenAlgorithm(1, true).cluster(net, 1), 1);
    double without = Modularity.of(net.flows(), new LeidenAlgorithm(1, false).cluster(net, 1), 1);
    assertThat(with).isGreaterThan(without - 0.05).isLessThanOrEqualTo(without + 0.02);
    assertThat(with).isCloseTo(without, within(0.05));
  }

  @Test
  void resolutionSearchHitsTheTarget() {
    SpatialFlowNetwork net = Graphs.randomFlows(20, 20, 25, new Random(8));
    for (int target : new int[] {1, 3, 7, 12}) {
      ResolutionSearch.Result r = ResolutionSearch.search(target,
          g -> ConstraintMerger.apply(net, new LeidenAlgorithm(g, true).cluster(net, 1), new Constraints(0, 0, true)),
          net, true);
      assertThat(r.clustering().clusterCount()).isEqualTo(target);
      assertThat(Graphs.disconnectedClusters(net, r.clustering())).isEmpty();
    }
  }
}
