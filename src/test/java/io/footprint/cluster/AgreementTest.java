package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AgreementTest {
  /**
   * [0,0,1,1] against [0,0,1,2]: by hand, sum of C(n_ij,2) = 1, rows 2, columns 1, C(4,2) = 6;
   * expected = 2/6, max = 1.5: ARI = (1 - 1/3) / (1.5 - 1/3) = 4/7 (scikit-learn's documented value
   * 0.5714). B refines A, so I = H(A) = ln 2, H(B) = 1.5 ln 2: NMI = ln2 / (1.25 ln2) = 0.8, VI = 0.5 ln 2.
   */
  @Test
  void byHand() {
    Agreement a = Agreement.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}, new double[] {1, 1, 1, 1});
    assertThat(a.adjustedRand()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(a.normalisedMutualInformation()).isCloseTo(0.8, within(1e-12));
    assertThat(a.variationOfInformation()).isCloseTo(0.5 * Math.log(2), within(1e-12));
  }

  @Test
  void identicalPartitionsAgreeFully() {
    Agreement a = Agreement.of(new int[] {0, 1, 1, 2}, new int[] {5, 3, 3, 0}, new double[] {10, 20, 5, 7});
    assertThat(a.adjustedRand()).isCloseTo(1, within(1e-12));
    assertThat(a.normalisedMutualInformation()).isCloseTo(1, within(1e-12));
    assertThat(a.variationOfInformation()).isCloseTo(0, within(1e-12));
  }

  /** Weights count people: an area of weight 3 is the same as three areas of weight 1. */
  @Test
  void weightsCountPeople() {
    Random rnd = new Random(1);
    for (int t = 0; t < 50; t++) {
      int n = 6 + rnd.nextInt(10);
      int[] a = new int[n];
      int[] b = new int[n];
      double[] w = new double[n];
      int total = 0;
      for (int i = 0; i < n; i++) {
        a[i] = rnd.nextInt(3);
        b[i] = rnd.nextInt(4);
        w[i] = 1 + rnd.nextInt(4);
        total += (int) w[i];
      }
      int[] a1 = new int[total];
      int[] b1 = new int[total];
      double[] ones = new double[total];
      int k = 0;
      for (int i = 0; i < n; i++) {
        for (int r = 0; r < w[i]; r++) {
          a1[k] = a[i];
          b1[k] = b[i];
          ones[k++] = 1;
        }
      }
      Agreement weighted = Agreement.of(a, b, w);
      Agreement expanded = Agreement.of(a1, b1, ones);
      assertThat(weighted.adjustedRand()).isCloseTo(expanded.adjustedRand(), within(1e-12));
      assertThat(weighted.normalisedMutualInformation()).isCloseTo(expanded.normalisedMutualInformation(),
          within(1e-12));
    }
  }
}
