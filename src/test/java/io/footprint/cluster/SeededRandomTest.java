package io.footprint.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeededRandomTest {
  /** Bounds of every kind nextInt treats apart: 1, powers of two, small and large others, the largest int. */
  private static final int[] BOUNDS = {1, 2, 3, 7, 10, 64, 1000, 35_201, 1 << 20, (1 << 30) + 1, 1 << 30,
      Integer.MAX_VALUE - 1, Integer.MAX_VALUE};

  @Test
  void drawsWhatJavaUtilRandomDrawsForTheSameSeed() {
    SplittableRandom pick = new SplittableRandom(7);
    long[] seeds = new long[203];
    seeds[0] = 0;
    seeds[1] = -1;
    seeds[2] = Long.MIN_VALUE;
    for (int i = 3; i < seeds.length; i++) {
      seeds[i] = pick.nextLong();
    }
    for (long seed : seeds) {
      Random expected = new Random(seed);
      SeededRandom actual = new SeededRandom(seed);
      for (int draw = 0; draw < 2_000; draw++) {
        if (pick.nextInt(4) == 0) {
          assertThat(Double.doubleToRawLongBits(actual.nextDouble()))
              .as("seed %d, draw %d", seed, draw).isEqualTo(Double.doubleToRawLongBits(expected.nextDouble()));
        } else {
          int bound = pick.nextBoolean() ? BOUNDS[pick.nextInt(BOUNDS.length)] : 1 + pick.nextInt(Integer.MAX_VALUE);
          assertThat(actual.nextInt(bound)).as("seed %d, draw %d, bound %d", seed, draw, bound)
              .isEqualTo(expected.nextInt(bound));
        }
      }
    }
  }

  @Test
  void aBoundOfOneAlwaysDrawsZeroAndStillAdvances() {
    SeededRandom r = new SeededRandom(42);
    SeededRandom s = new SeededRandom(42);
    assertThat(r.nextInt(1)).isZero();
    s.nextInt(1 << 4);
    assertThat(r.nextDouble()).isEqualTo(s.nextDouble());
  }

  @Test
  void refusesABoundBelowOne() {
    assertThatThrownBy(() -> new SeededRandom(1).nextInt(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
