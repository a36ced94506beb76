package io.footprint.propose;

import io.footprint.cluster.Agreement;
import io.footprint.cluster.Clustering;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.ToDoubleBiFunction;

/**
 * Every number of footprints the resolution reaches in a range, where in resolution each holds, and how
 * far independent starts agree there: the evidence for choosing a count rather than guessing one.
 *
 * <p>The resolution profile is found as leidenalg's {@code resolution_profile} finds change points: from
 * gamma = 1 the scan doubles or halves until the range of counts is bracketed, then bisects on log gamma
 * every interval whose ends give different counts, until its ends are within {@link #RATIO} of each other.
 * Each sample owns the stretch of log gamma from the geometric middle with its left neighbour to the one
 * with its right; a count's <em>span</em> is e to the total log width its samples own (1.5: it holds while
 * gamma grows by half). At the geometric middle of the widest stretch each count holds, {@code starts}
 * independent runs (the scan's seed, then the seeds a {@link SplittableRandom} seeded with it draws, as
 * Leiden's starts are drawn) are compared pairwise: mean variation of information and adjusted Rand
 * index over areas, weighted by residents. A count that persists over a wide span and whose independent
 * starts agree is the robust scale of Markov-stability community detection (Delvenne, J.-C., Yaliraki,
 * S. N. and Barahona, M. (2010), "Stability of graph communities across time scales", PNAS 107,
 * 12755-12760), as Clarke et al. (2020, BMJ Open 10, e036433) used it for GP practices in London.
 *
 * <p>Deterministic for the seed: the resolutions tried depend only on the counts found, each run's seed
 * only on its start, and runs on several threads are gathered in order.
 */
public final class CountScan {
  /**
   * Bisection stops when an interval's ends are this close as a ratio of resolutions: spans are then known
   * to within a few per cent, finer than Leiden's own run-to-run wobble in where a count changes.
   */
  static final double RATIO = 1.03;
  /** Most doublings or halvings while bracketing (as {@code ResolutionSearch}). */
  static final int MAX_BRACKET_STEPS = 40;
  /**
   * Most bisection samples: counts that flicker between neighbours at every resolution would otherwise
   * split intervals down to the ratio all along the range; the cap bounds the cost of a structureless input.
   */
  static final int MAX_SAMPLES = 400;

  /** One clustering at a resolution with a seed; called from several threads at once. */
  @FunctionalInterface
  public interface Runner {
    Clustering run(double resolution, long seed);
  }

  /** A resolution tried while profiling and the count it gave. */
  public record Sample(double resolution, int count) {}

  /**
   * One count reached.
   *
   * @param lowest lowest resolution of the stretches its samples own
   * @param highest highest resolution of those stretches
   * @param span e to the total log width they own (not more than highest / lowest; less when the count
   *     comes and goes)
   * @param resolution the geometric middle of the widest stretch its samples own, where the starts ran
   * @param best the start of highest quality among those that gave this count (when none did, the sample
   *     nearest the middle)
   * @param bestResolution the resolution {@code best} was found at
   * @param bestSeed the seed it was found with: one run at that resolution and seed gives it again
   * @param startsAtCount how many of the starts gave this count
   * @param meanVariationOfInformation mean over pairs of starts, in nats, weighted by residents
   * @param meanAdjustedRand mean over pairs of starts, weighted by residents
   */
  public record Count(int footprints, double lowest, double highest, double span, double resolution,
      Clustering best, double bestResolution, long bestSeed, int startsAtCount, double meanVariationOfInformation, double meanAdjustedRand) {}

  /** The profile and the counts in range, fewest footprints first. */
  public record Result(List<Sample> samples, List<Count> counts, int runs) {}

  private final Runner runner;
  private final ToDoubleBiFunction<Clustering, Double> quality;
  private final double[] areaWeight;
  private final Executor executor;

  /**
   * @param quality a clustering's quality at a resolution (modularity), to pick the best start
   * @param areaWeight residents of each area, areas being the first nodes of every clustering
   * @param executor where runs go (the result does not depend on it)
   */
  public CountScan(Runner runner, ToDoubleBiFunction<Clustering, Double> quality, double[] areaWeight,
      Executor executor) {
    this.runner = runner;
    this.quality = quality;
    this.areaWeight = areaWeight;
    this.executor = executor;
  }

  /** The counts from {@code lowest} to {@code highest} that the resolution reaches, with {@code starts} starts each. */
  public Result scan(int lowest, int highest, int starts, long seed) {
    if (lowest < 1 || highest < lowest || starts < 1) {
      throw new IllegalArgumentException("need 1 <= lowest <= highest and starts >= 1");
    }
    TreeMap<Double, Clustering> at = new TreeMap<>();
    runAll(at, List.of(1.0), seed);
    for (int i = 0; i < MAX_BRACKET_STEPS && at.firstEntry().getValue().clusterCount() > lowest; i++) {
      runAll(at, List.of(at.firstKey() / 2), seed);
    }
    for (int i = 0; i < MAX_BRACKET_STEPS && at.lastEntry().getValue().clusterCount() < highest; i++) {
      runAll(at, List.of(at.lastKey() * 2), seed);
    }
    while (at.size() < MAX_SAMPLES) {
      List<Double> mids = new ArrayList<>();
      Map.Entry<Double, Clustering> prev = null;
      for (Map.Entry<Double, Clustering> e : at.entrySet()) {
        if (prev != null && needsSplit(prev, e, lowest, highest)) {
          mids.add(Math.sqrt(prev.getKey() * e.getKey()));
        }
        prev = e;
      }
      if (mids.isEmpty()) {
        break;
      }
      runAll(at, mids.subList(0, Math.min(mids.size(), MAX_SAMPLES - at.size())), seed);
    }
    List<Sample> samples = new ArrayList<>();
    at.forEach((g, c) -> samples.add(new Sample(g, c.clusterCount())));
    int runs = at.size();
    List<Count> counts = new ArrayList<>();
    TreeMap<Integer, List<Integer>> byCount = new TreeMap<>();
    for (int i = 0; i < samples.size(); i++) {
      int c = samples.get(i).count();
      if (c >= lowest && c <= highest) {
        byCount.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
      }
    }
    List<List<CompletableFuture<Clustering>>> startRuns = new ArrayList<>();
    List<Double> middles = new ArrayList<>();
    long[] seeds = seeds(seed, starts);
    for (List<Integer> idx : byCount.values()) {
      double middle = middle(idx, samples);
      middles.add(middle);
      List<CompletableFuture<Clustering>> runsHere = new ArrayList<>();
      for (int k = 0; k < starts; k++) {
        long s = seeds[k];
        runsHere.add(CompletableFuture.supplyAsync(() -> runner.run(middle, s), executor));
        runs++;
      }
      startRuns.add(runsHere);
    }
    int row = 0;
    for (Map.Entry<Integer, List<Integer>> e : byCount.entrySet()) {
      List<Clustering> cs = new ArrayList<>();
      for (CompletableFuture<Clustering> f : startRuns.get(row)) {
        cs.add(f.join());
      }
      counts.add(count(e.getKey(), e.getValue(), samples, at, middles.get(row), cs, seeds, seed));
      row++;
    }
    return new Result(samples, counts, runs);
  }

  /** The resolution owned by sample {@code i} runs from {@code lower(i)} to {@code lower(i + 1)}. */
  private static double lower(int i, List<Sample> samples) {
    if (i == 0) {
      return samples.get(0).resolution();
    }
    if (i == samples.size()) {
      return samples.get(i - 1).resolution();
    }
    return Math.sqrt(samples.get(i - 1).resolution() * samples.get(i).resolution());
  }

  /**
   * The geometric middle of the widest stretch of consecutive samples giving the count (sample indices
   * {@code idx}, ascending): away from the change points, where the count is most itself.
   */
  private static double middle(List<Integer> idx, List<Sample> samples) {
    double bestLo = 0;
    double bestHi = 0;
    int k = 0;
    while (k < idx.size()) {
      int j = k;
      while (j + 1 < idx.size() && idx.get(j + 1) == idx.get(j) + 1) {
        j++;
      }
      double lo = lower(idx.get(k), samples);
      double hi = lower(idx.get(j) + 1, samples);
      if (bestHi == 0 || hi / lo > bestHi / bestLo) {
        bestLo = lo;
        bestHi = hi;
      }
      k = j + 1;
    }
    return Math.sqrt(bestLo * bestHi);
  }

  /** The seeds of the starts: {@code seed}, then a {@link SplittableRandom}'s draws from it. */
  static long[] seeds(long seed, int starts) {
    long[] out = new long[starts];
    SplittableRandom r = new SplittableRandom(seed);
    out[0] = seed;
    for (int k = 1; k < starts; k++) {
      out[k] = r.nextLong();
    }
    return out;
  }

  private static boolean needsSplit(Map.Entry<Double, Clustering> a, Map.Entry<Double, Clustering> b, int lowest,
      int highest) {
    int ca = a.getValue().clusterCount();
    int cb = b.getValue().clusterCount();
    return ca != cb && Math.max(ca, cb) >= lowest && Math.min(ca, cb) <= highest && b.getKey() / a.getKey() > RATIO;
  }

  private void runAll(TreeMap<Double, Clustering> at, List<Double> gammas, long seed) {
    List<CompletableFuture<Clustering>> fs = new ArrayList<>();
    for (double g : gammas) {
      fs.add(CompletableFuture.supplyAsync(() -> runner.run(g, seed), executor));
    }
    for (int i = 0; i < gammas.size(); i++) {
      at.put(gammas.get(i), fs.get(i).join());
    }
  }

  private Count count(int footprints, List<Integer> idx, List<Sample> samples, TreeMap<Double, Clustering> at,
      double middle, List<Clustering> cs, long[] seeds, long seed) {
    double lowest = Double.POSITIVE_INFINITY;
    double highest = 0;
    double width = 0;
    for (int i : idx) {
      double lo = lower(i, samples);
      double hi = lower(i + 1, samples);
      lowest = Math.min(lowest, lo);
      highest = Math.max(highest, hi);
      width += Math.log(hi / lo);
    }
    Clustering best = null;
    double bestAt = middle;
    long bestSeed = seed;
    double bestQuality = Double.NEGATIVE_INFINITY;
    int atCount = 0;
    for (int k = 0; k < cs.size(); k++) {
      Clustering c = cs.get(k);
      if (c.clusterCount() != footprints) {
        continue;
      }
      atCount++;
      double q = quality.applyAsDouble(c, middle);
      if (best == null || q > bestQuality) {
        best = c;
        bestQuality = q;
        bestSeed = seeds[k];
      }
    }
    if (best == null) { // no start at the middle gave the count: the sample nearest the middle did
      int nearest = idx.get(0);
      for (int i : idx) {
        if (Math.abs(Math.log(samples.get(i).resolution() / middle))
            < Math.abs(Math.log(samples.get(nearest).resolution() / middle))) {
          nearest = i;
        }
      }
      best = at.get(samples.get(nearest).resolution());
      bestAt = samples.get(nearest).resolution();
    }
    double vi = 0;
    double ari = 0;
    int pairs = 0;
    for (int i = 0; i < cs.size(); i++) {
      for (int j = i + 1; j < cs.size(); j++) {
        Agreement a = Agreement.of(areaParts(cs.get(i)), areaParts(cs.get(j)), areaWeight);
        vi += a.variationOfInformation();
        ari += a.adjustedRand();
        pairs++;
      }
    }
    return new Count(footprints, lowest, highest, Math.exp(width), middle, best, bestAt, bestSeed, atCount,
        pairs == 0 ? Double.NaN : vi / pairs, pairs == 0 ? Double.NaN : ari / pairs);
  }

  private int[] areaParts(Clustering c) {
    int[] out = new int[areaWeight.length];
    for (int a = 0; a < out.length; a++) {
      out[a] = c.cluster(a);
    }
    return out;
  }
}
