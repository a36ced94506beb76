package io.footprint.propose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.footprint.cluster.Clustering;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The scan's kernel on a runner whose answer is written down: twelve areas of 10 residents cut into
 * {@code k} runs of consecutive areas, {@code k} a step function of the resolution, so every count, its
 * range and its span can be worked out on paper.
 */
class CountScanTest {
  private static final double[] WEIGHT = filled(12, 10);

  /** 2 below 0.5, 4 up to 2, 5 up to 2.2, 8 above: counts 3, 6 and 7 are never reached. */
  private static int steps(double gamma) {
    return gamma < 0.5 ? 2 : gamma < 2 ? 4 : gamma < 2.2 ? 5 : 8;
  }

  private static Clustering chunks(int k, int shift) {
    int[] c = new int[12];
    for (int a = 0; a < 12; a++) {
      c[a] = Math.min(k - 1, ((a + shift) % 12) * k / 12);
    }
    return new Clustering(c).normalise();
  }

  private static CountScan scan(CountScan.Runner runner) {
    return new CountScan(runner, (c, g) -> 0, WEIGHT, Runnable::run);
  }

  @Test
  void findsEveryCountReachedWithItsRangeAndSpan() {
    CountScan.Result r = scan((g, seed) -> chunks(steps(g), 0)).scan(2, 8, 3, 1);
    assertThat(r.counts()).extracting(CountScan.Count::footprints).containsExactly(2, 4, 5, 8);
    CountScan.Count four = r.counts().get(1);
    // the bisection stops within a ratio of 1.03 of each change point, so each end is known that closely
    assertThat(Math.log(four.lowest() / 0.5)).isCloseTo(0, within(Math.log(CountScan.RATIO)));
    assertThat(Math.log(four.highest() / 2)).isCloseTo(0, within(Math.log(CountScan.RATIO)));
    assertThat(Math.log(four.span())).isCloseTo(Math.log(4), within(2 * Math.log(CountScan.RATIO)));
    CountScan.Count five = r.counts().get(2);
    assertThat(Math.log(five.span())).isCloseTo(Math.log(1.1), within(2 * Math.log(CountScan.RATIO)));
    for (CountScan.Count c : r.counts()) {
      assertThat(c.startsAtCount()).isEqualTo(3);
      assertThat(c.meanVariationOfInformation()).isZero();
      assertThat(c.meanAdjustedRand()).isEqualTo(1.0);
      assertThat(c.best().clusterCount()).isEqualTo(c.footprints());
      assertThat(steps(c.resolution())).isEqualTo(c.footprints());
    }
    assertThat(r.samples()).isSortedAccordingTo((a, b) -> Double.compare(a.resolution(), b.resolution()));
  }

  @Test
  void startsThatDisagreeShowInTheVariationOfInformation() {
    // the same count from every seed, but cut at a place that depends on the seed
    CountScan.Result r = scan((g, seed) -> chunks(steps(g), (int) Math.floorMod(seed, 5))).scan(4, 4, 4, 1);
    CountScan.Count four = r.counts().get(0);
    assertThat(four.startsAtCount()).isEqualTo(4);
    assertThat(four.meanVariationOfInformation()).isPositive();
    assertThat(four.meanAdjustedRand()).isLessThan(1);
    // and the best start is the one of highest quality: here the third, the only one cut at area 0
    long third = CountScan.seeds(1, 4)[2];
    Clustering wanted = chunks(4, 0);
    CountScan.Result best = new CountScan((g, seed) -> chunks(steps(g), seed == third ? 0 : 1 + (int) Math.floorMod(seed,
        4)), (c, g) -> c.equals(wanted) ? 1 : 0, WEIGHT, Runnable::run).scan(4, 4, 4, 1);
    assertThat(best.counts().get(0).bestSeed()).isEqualTo(third);
    assertThat(best.counts().get(0).best()).isEqualTo(wanted);
  }

  @Test
  void theSameResultOnOneThreadOrFour() {
    CountScan.Runner runner = (g, seed) -> chunks(Math.max(1, Math.min(12, (int) Math.round(3 * g + (seed & 1)))), 0);
    CountScan.Result one = scan(runner).scan(1, 12, 3, 9);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountScan.Result four = new CountScan(runner, (c, g) -> 0, WEIGHT, pool).scan(1, 12, 3, 9);
      assertThat(four.samples()).isEqualTo(one.samples());
      assertThat(four.counts()).extracting(CountScan.Count::footprints, CountScan.Count::span,
          CountScan.Count::meanVariationOfInformation).isEqualTo(one.counts().stream().map(c ->
              org.assertj.core.groups.Tuple.tuple(c.footprints(), c.span(), c.meanVariationOfInformation())).toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRunnerThatFlickersIsCappedAtTheMostSamples() {
    AtomicInteger calls = new AtomicInteger();
    // the count changes at every resolution: the bisection could split forever without its cap
    CountScan.Result r = scan((g, seed) -> {
      calls.incrementAndGet();
      return chunks(1 + (int) (Math.abs(Double.doubleToLongBits(g) * 0x9E3779B97F4A7C15L) % 12), 0);
    }).scan(1, 12, 2, 1);
    assertThat(r.samples().size()).isLessThanOrEqualTo(CountScan.MAX_SAMPLES);
    assertThat(calls.get()).isEqualTo(r.runs());
  }

  @Test
  void nothingInRangeGivesNoCounts() {
    CountScan.Result r = scan((g, seed) -> chunks(3, 0)).scan(5, 9, 2, 1);
    assertThat(r.counts()).isEmpty();
    assertThat(r.samples()).isNotEmpty();
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }
}
