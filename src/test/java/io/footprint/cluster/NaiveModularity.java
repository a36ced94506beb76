package io.footprint.cluster;

/**
 * Modularity straight from its definition, on a dense matrix: slow and obviously correct, to check
 * the fast code against (after jgrapht's NaiveGreedyModularityAlgorithm).
 * Q = 1/(2m) sum_ij [A_ij - gamma k_i k_j / (2m)] delta(c_i, c_j), with A_ii = 2 x self-link weight.
 */
final class NaiveModularity {
  private NaiveModularity() {}

  static double[][] dense(Network net) {
    int n = net.nodeCount();
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      a[i][i] = 2 * net.selfLinkWeight(i);
      for (int k = net.neighbourStart(i); k < net.neighbourEnd(i); k++) {
        a[i][net.neighbour(k)] = net.edgeWeight(k);
      }
    }
    return a;
  }

  static double of(Network net, int[] c, double gamma) {
    double[][] a = dense(net);
    int n = a.length;
    double[] k = new double[n];
    double twoM = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        k[i] += a[i][j];
      }
      twoM += k[i];
    }
    double q = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (c[i] == c[j]) {
          q += a[i][j] - gamma * k[i] * k[j] / twoM;
        }
      }
    }
    return q / twoM;
  }

  /** The best modularity over every partition of n <= 9 nodes (restricted growth strings). */
  static double best(Network net, double gamma) {
    int n = net.nodeCount();
    int[] c = new int[n];
    double best = Double.NEGATIVE_INFINITY;
    while (true) {
      best = Math.max(best, of(net, c, gamma));
      // next restricted growth string
      int i = n - 1;
      while (i > 0) {
        int max = 0;
        for (int j = 0; j < i; j++) {
          max = Math.max(max, c[j]);
        }
        if (c[i] <= max) {
          c[i]++;
          for (int j = i + 1; j < n; j++) {
            c[j] = 0;
          }
          break;
        }
        i--;
      }
      if (i == 0) {
        return best;
      }
    }
  }
}
