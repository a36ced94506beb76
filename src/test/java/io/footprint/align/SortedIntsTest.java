package io.footprint.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link SortedInts} against {@link TreeSet}, and realignment's order of areas against a boxed sort. */
class SortedIntsTest {
  @Test
  void aSmallSetByHand() {
    SortedInts s = new SortedInts();
    assertThat(s.first()).isEqualTo(-1);
    assertThat(s.add(5)).isTrue();
    assertThat(s.add(1)).isTrue();
    assertThat(s.add(9)).isTrue();
    assertThat(s.add(5)).as("already in").isFalse();
    assertThat(s.size()).isEqualTo(3);
    assertThat(s.first()).isEqualTo(1);
    assertThat(s.ceiling(5)).isEqualTo(5);
    assertThat(s.ceiling(6)).isEqualTo(9);
    assertThat(s.higher(5)).isEqualTo(9);
    assertThat(s.higher(9)).isEqualTo(-1);
    assertThat(s.remove(5)).isTrue();
    assertThat(s.remove(5)).isFalse();
    assertThat(s.higher(1)).isEqualTo(9);
  }

  @Test
  void agreesWithATreeSetOverRandomOperations() {
    Random rnd = new Random(3);
    for (int t = 0; t < 50; t++) {
      SortedInts s = new SortedInts();
      TreeSet<Integer> expected = new TreeSet<>();
      int range = 1 + rnd.nextInt(300);
      for (int op = 0; op < 2000; op++) {
        int x = rnd.nextInt(range);
        switch (rnd.nextInt(4)) {
          case 0 -> assertThat(s.add(x)).isEqualTo(expected.add(x));
          case 1 -> assertThat(s.remove(x)).isEqualTo(expected.remove(x));
          case 2 -> assertThat(s.ceiling(x)).isEqualTo(orNone(expected.ceiling(x)));
          default -> assertThat(s.higher(x)).isEqualTo(orNone(expected.higher(x)));
        }
        assertThat(s.size()).isEqualTo(expected.size());
        assertThat(s.first()).isEqualTo(expected.isEmpty() ? -1 : expected.first());
      }
    }
  }

  @Test
  void areasInRealignmentsOrderAreMostPopulousFirstThenByNumber() {
    assertThat(Realigner.AreaOrder.mostPopulousFirst(new double[] {10, 30, 10, 0, -0.0, 30})).containsExactly(1, 5, 0, 2, 3, 4);
    Random rnd = new Random(4);
    for (int t = 0; t < 100; t++) {
      int n = 1 + rnd.nextInt(500);
      int distinct = 1 + rnd.nextInt(n);
      double[] population = new double[n];
      for (int a = 0; a < n; a++) {
        population[a] = rnd.nextInt(distinct) * 1.5;
      }
      int[] expected = IntStream.range(0, n).boxed()
          .sorted(Comparator.comparingDouble((Integer a) -> -population[a]).thenComparingInt(a -> a))
          .mapToInt(Integer::intValue).toArray();
      assertThat(Realigner.AreaOrder.mostPopulousFirst(population)).containsExactly(expected);
    }
  }

  private static int orNone(Integer x) {
    return x == null ? -1 : x;
  }
}
