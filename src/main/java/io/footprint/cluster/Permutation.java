package io.footprint.cluster;

/** Random permutations (Fisher-Yates), the order in which local moving and refinement visit the nodes. */
final class Permutation {
  private Permutation() {}

  /** A random permutation of 0..n-1 in {@code p[0..n-1]}; returns {@code p}. */
  static int[] random(int[] p, int n, SeededRandom random) {
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
