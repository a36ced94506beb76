package io.footprint.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PairSumsTest {
  /**
   * Property: whatever the batch (every row folded into the map at once, a few, or none), the entries
   * summed by pair equal the sums of the rows added, with pairs repeated within and across batches.
   */
  @Test
  void entriesSumToTheRowsAddedWhateverTheBatch() {
    Random rnd = new Random(3);
    for (int batch : new int[] {1, 3, 64, 100_000}) {
      PairSums sums = new PairSums(batch);
      Map<Long, Long> expected = new TreeMap<>();
      for (int row = 0; row < 5_000; row++) {
        long key = ((long) rnd.nextInt(40) << 32) | rnd.nextInt(30);
        long v = 1 + rnd.nextInt(1_000_000);
        sums.add(key, v);
        expected.merge(key, v, Long::sum);
      }
      Map<Long, Long> seen = new TreeMap<>();
      sums.forEach((key, value) -> seen.merge(key, value, Long::sum));
      assertThat(seen).as("batch %d", batch).isEqualTo(expected);
    }
  }

  @Test
  void aFoldedSumThatOverflowsThrows() {
    PairSums sums = new PairSums(1);
    sums.add(7, Long.MAX_VALUE - 1);
    sums.add(7, 1);
    sums.add(7, 5); // folds MAX - 1 + 1: still exact
    assertThatThrownBy(() -> sums.add(7, 1)).isInstanceOf(ArithmeticException.class); // folds MAX + 5
  }
}
