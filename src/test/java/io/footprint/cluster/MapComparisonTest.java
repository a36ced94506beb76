package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Matches, changes and Mapcurves worked on paper, and the properties any two maps have. */
class MapComparisonTest {
  /**
   * Four items of weight 1; A = {0, 0, 1, 1}, B = {0, 0, 0, 1}. Sizes: A 2, 2; B 3, 1; shared: (0,0) 2, (1,0) 1,
   * (1,1) 1. Jaccard A0-B0 2/3; A1-B0 1/4, A1-B1 1/2, so A1's match is B1 and item 2 (A1, in B0) has changed.
   * Mapcurves: A0 (2/2)(2/3) = 2/3; A1 (1/2)(1/3) + (1/2)(1/1) = 2/3; B0 2/3 + 1/6 = 5/6, B1 1/2: both means 2/3.
   */
  @Test
  void aSmallCaseByHand() {
    MapComparison m = MapComparison.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 1}, new double[] {1, 1, 1, 1});
    assertThat(m.bestMatch()).containsExactly(0, 1);
    assertThat(m.jaccard()[0]).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.jaccard()[1]).isCloseTo(0.5, within(1e-12));
    assertThat(m.shared()).containsExactly(2, 1);
    assertThat(m.changed()).containsExactly(false, false, true, false);
    assertThat(m.mapcurvesAInB()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.mapcurvesBInA()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void identicalMapsUnderOtherNamesFitPerfectly() {
    Random rnd = new Random(3);
    for (int round = 0; round < 100; round++) {
      int n = 1 + rnd.nextInt(60);
      int k = 1 + rnd.nextInt(8);
      int[] a = new int[n];
      double[] w = new double[n];
      int[] rename = new int[k];
      for (int u = 0; u < k; u++) {
        rename[u] = k - 1 - u;
      }
      int[] b = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] = rnd.nextInt(k);
        b[i] = rename[a[i]];
        w[i] = 1 + rnd.nextInt(100);
      }
      MapComparison m = MapComparison.of(a, b, w);
      for (boolean c : m.changed()) {
        assertThat(c).isFalse();
      }
      assertThat(m.mapcurvesAInB()).isCloseTo(1, within(1e-9));
      assertThat(m.mapcurvesBInA()).isCloseTo(1, within(1e-9));
      for (int u = 0; u < m.bestMatch().length; u++) {
        assertThat(m.bestMatch()[u]).isIn(-1, rename[u]);
      }
    }
  }

  /** A unit's fit is at most 1 (sum over j of (c_ij/a_i)(c_ij/b_j) <= sum of c_ij/a_i = 1). */
  @Test
  void fitsAreSharesOfOne() {
    Random rnd = new Random(5);
    for (int round = 0; round < 200; round++) {
      int n = 1 + rnd.nextInt(50);
      int[] a = new int[n];
      int[] b = new int[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = rnd.nextInt(5);
        b[i] = rnd.nextInt(7);
        w[i] = 1 + rnd.nextInt(10);
      }
      MapComparison m = MapComparison.of(a, b, w);
      assertThat(m.mapcurvesAInB()).isBetween(0.0, 1.0 + 1e-12);
      assertThat(m.mapcurvesBInA()).isBetween(0.0, 1.0 + 1e-12);
      for (double j : m.jaccard()) {
        assertThat(j).isBetween(0.0, 1.0);
      }
    }
  }
}
