package io.footprint.propose;

import io.footprint.cluster.ClusterStats;
import io.footprint.graph.ConditionGraph;
import io.footprint.model.Proposal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSamplerCache;
import org.apache.commons.rng.simple.RandomSource;

/**
 * How firm each footprint and each border is: the flows resampled many times, the proposal made again from
 * each resample with the same settings, and each resample's footprints matched to the proposal's.
 *
 * <p>Each area-site flow is drawn from a Poisson distribution whose mean is the observed activity, integer
 * or not (the real test bed's activity is attributed residents with decimals; a Poisson count with that
 * mean has its variance, as a count of patients would). Each footprint of the proposal is matched in every
 * resample to the resample's footprint of greatest Jaccard overlap of areas; its stability is the mean of
 * that overlap (Hennig, C. (2007), "Cluster-wise assessment of cluster stability", Computational
 * Statistics and Data Analysis 52, 258-271, and R's {@code fpc::clusterboot}: below 0.6 unstable, above
 * 0.75 stable). An area's confidence is the share of resamples in which it lies in its footprint's match.
 *
 * <p>Deterministic for the seed: resample {@code b} draws from a generator seeded with the {@code b}-th draw
 * of a {@link SplittableRandom} seeded with {@code seed},
 * and the resamples' results are gathered in order whatever thread ran them.
 */
public final class Bootstrap {
  /** Footprints whose areas stay together less often than this are contested (Hennig's "stable" level). */
  public static final double CONTESTED = 0.75;

  /** The proposal made again from a resample, as it was first made. */
  @FunctionalInterface
  public interface Rerun {
    Proposal propose(ConditionGraph resample);
  }

  /**
   * @param stability per footprint of the proposal, its mean best Jaccard overlap
   * @param confidence per area, the share of resamples in which it lies in its footprint's match
   * @param counts per resample, its number of footprints
   * @param localisation per resample, its localisation on its own flows
   */
  public record Result(int resamples, double[] stability, double[] confidence, int[] counts, double[] localisation) {
    /** Areas whose confidence is below {@link #CONTESTED}. */
    public int contestedAreas() {
      return (int) Arrays.stream(confidence).filter(c -> c < CONTESTED).count();
    }
  }

  private Bootstrap() {}

  /** {@code resamples} resamples of {@code graph}'s flows, each proposed again by {@code rerun}. */
  public static Result run(ConditionGraph graph, Proposal proposal, Rerun rerun, int resamples, long seed,
      Executor executor) {
    if (resamples < 1) {
      throw new IllegalArgumentException("at least one resample");
    }
    List<CompletableFuture<Match>> tasks = new ArrayList<>();
    SplittableRandom keys = new SplittableRandom(seed);
    for (int b = 0; b < resamples; b++) {
      // a single long, which the generator expands through SplitMix64: a raw two-long state such as
      // {seed, b} is so sparse that xoroshiro's first draws are far from uniform
      final Long key = keys.nextLong();
      tasks.add(CompletableFuture.supplyAsync(() -> {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(key);
        PoissonSamplerCache cache = new PoissonSamplerCache(0, MAX_CACHED_MEAN);
        ConditionGraph resample = graph.withNetwork(graph.network().resampled(mean -> cache.createSharedStateSampler(
            rng, mean).sample()));
        Proposal q = rerun.propose(resample);
        double loc = new ClusterStats(resample.network(), resample.toClustering(q.footprintOfArea(),
            q.footprintOfSite(), q.footprintCount())).overallLocalisation();
        return Match.of(proposal, q, loc);
      }, executor));
    }
    int k = proposal.footprintCount();
    int nA = proposal.footprintOfArea().length;
    double[] stability = new double[k];
    double[] confidence = new double[nA];
    int[] counts = new int[resamples];
    double[] localisation = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      Match m = tasks.get(b).join();
      for (int f = 0; f < k; f++) {
        stability[f] += m.jaccard[f] / resamples;
      }
      for (int a = 0; a < nA; a++) {
        confidence[a] += m.stays[a] ? 1.0 / resamples : 0;
      }
      counts[b] = m.count;
      localisation[b] = m.localisation;
    }
    return new Result(resamples, stability, confidence, counts, localisation);
  }

  /**
   * Means above this share one sampler state per unit of mean in the cache; beyond it (no area sends a
   * site that much) each draw builds its own sampler, which is slower but as exact.
   */
  private static final double MAX_CACHED_MEAN = 1 << 16;

  /** One resample against the proposal: each footprint's best overlap, and which areas stayed in it. */
  private record Match(double[] jaccard, boolean[] stays, int count, double localisation) {
    static Match of(Proposal p, Proposal q, double localisation) {
      int[] fp = p.footprintOfArea();
      int[] fq = q.footprintOfArea();
      int k = p.footprintCount();
      int l = q.footprintCount();
      int[] sizeP = new int[k];
      int[] sizeQ = new int[l];
      // overlap counts, sparse: each footprint meets few of the other's
      HashMap<Long, int[]> both = new HashMap<>();
      for (int a = 0; a < fp.length; a++) {
        if (fp[a] >= 0) {
          sizeP[fp[a]]++;
        }
        if (fq[a] >= 0) {
          sizeQ[fq[a]]++;
        }
        if (fp[a] >= 0 && fq[a] >= 0) {
          both.computeIfAbsent(((long) fp[a] << 32) | fq[a], x -> new int[1])[0]++;
        }
      }
      double[] best = new double[k];
      int[] match = new int[k];
      Arrays.fill(match, -1);
      List<Long> cells = new ArrayList<>(both.keySet());
      cells.sort(null); // ties go to the resample footprint numbered first, whatever the map's order
      for (long cell : cells) {
        int f = (int) (cell >>> 32);
        int g = (int) cell;
        int n = both.get(cell)[0];
        double j = n / (double) (sizeP[f] + sizeQ[g] - n);
        if (j > best[f]) {
          best[f] = j;
          match[f] = g;
        }
      }
      boolean[] stays = new boolean[fp.length];
      for (int a = 0; a < fp.length; a++) {
        stays[a] = fp[a] >= 0 && fq[a] >= 0 && fq[a] == match[fp[a]];
      }
      return new Match(best, stays, l, localisation);
    }
  }
}
