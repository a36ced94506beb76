package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FastLocalMoving} on its own. One call need not end in a local optimum (a node whose cluster
 * gained weight from a node it does not border is not queued again, as in Traag et al.'s algorithm);
 * but no call lowers modularity, and a call that moves nothing has visited every node and found each
 * best where it is: then no single node can raise modularity by moving anywhere.
 */
class FastLocalMovingTest {
  @Test
  void endsInALocalOptimumAndNeverLowersModularity() {
    Random rnd = new Random(17);
    int moved = 0;
    for (int t = 0; t < 100; t++) {
      int n = 6 + rnd.nextInt(10);
      Network net = Graphs.random(n, 0.35, rnd);
      double m = net.totalWeight();
      if (m == 0) {
        continue;
      }
      double gamma = 0.5 + rnd.nextDouble();
      int[] cluster = new int[n];
      for (int i = 0; i < n; i++) {
        cluster[i] = rnd.nextInt(3);
      }
      double before = Modularity.of(net, new Clustering(cluster, n), gamma);
      boolean[] none = new boolean[n];
      ContiguityGuard off = new ContiguityGuard(Graphs.unweighted(n, new int[0][]), none, none, false,
          new ContiguityGuard.Work(n));
      FastLocalMoving moving = new FastLocalMoving(n);
      SeededRandom random = new SeededRandom(t);
      double after = before;
      int calls = 0;
      int[] last = cluster.clone();
      for (boolean update = true; update; calls++) {
        update = moving.improve(net, net.strengths(), gamma / (2 * m), off, cluster, random);
        double q = Modularity.of(net, new Clustering(cluster, n), gamma);
        assertThat(q).as("trial %d, call %d", t, calls).isGreaterThanOrEqualTo(after - 1e-12);
        if (!update) {
          assertThat(cluster).as("a call that moved nothing changed nothing").isEqualTo(last);
        }
        last = cluster.clone();
        after = q;
        assertThat(calls).isLessThan(100);
      }
      moved += calls > 1 ? 1 : 0;
      for (int j = 0; j < n; j++) {
        for (int d = 0; d < n; d++) {
          int[] other = cluster.clone();
          other[j] = d;
          assertThat(Modularity.of(net, new Clustering(other, n), gamma)).as("trial %d: node %d to %d", t, j, d)
              .isLessThanOrEqualTo(after + 1e-12);
        }
      }
    }
    assertThat(moved).isGreaterThan(50);
  }
}
