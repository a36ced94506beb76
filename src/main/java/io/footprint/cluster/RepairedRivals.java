package io.footprint.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * With a target count, contiguous Leiden's result against the other way to contiguous footprints: Leiden on
 * the flow graph alone at the same resolution, contiguity repaired afterwards ({@link ContiguityRepair}), the
 * recipe of the peers footprint is measured against. Built in, contiguity keeps Leiden from passing through
 * states a repair would have fixed, and some partitions it never reaches; on real England each way wins at
 * some counts (the benchmark README's polish table). The proposal keeps the better: of the candidates with
 * exactly the target count (each way's resolution searched on its own) and a smallest footprint at least as large as contiguous Leiden's, the one of
 * highest overall localisation (contiguous Leiden's on ties). A target asks for that many footprints, and the
 * resolution is only how the search reaches the count, so the candidates are compared on the figure the
 * footprints are read by, with the smallest footprint held so that the comparison cannot favour a lopsided map.
 */
public final class RepairedRivals {
  /**
   * Repaired runs per Leiden start: a run of Leiden on the flow graph alone costs less than a contiguous one
   * and its repaired result varies more from seed to seed, so the polish draws more of them.
   */
  public static final int RUNS_PER_START = 3;

  private RepairedRivals() {}

  /**
   * The clustering kept, which run gave it and the resolution it was found at.
   *
   * @param start -1 for contiguous Leiden's result, else the repaired run's start (0 for {@code seed} itself)
   */
  public record Choice(Clustering clustering, int start, double resolution) {}

  /**
   * @param contiguous contiguous Leiden's result, within the constraints
   * @param starts repaired runs, seeded as Leiden's starts are: {@code seed}, then a {@link SplittableRandom}'s
   *     draws from it
   * @param executor where runs after the first go (the choice does not depend on it)
   */
  public static Choice choose(SpatialFlowNetwork net, Clustering contiguous, double resolution,
      Constraints constraints, long seed, int starts, Executor executor) {
    int count = contiguous.nClusters;
    SplittableRandom seeds = new SplittableRandom(seed);
    List<CompletableFuture<ResolutionSearch.Result>> later = new ArrayList<>();
    for (int k = 1; k < starts; k++) {
      long s = seeds.nextLong();
      later.add(CompletableFuture.supplyAsync(() -> searched(net, resolution, constraints, count, s), executor));
    }
    ResolutionSearch.Result first = searched(net, resolution, constraints, count, seed);
    ClusterStats own = new ClusterStats(net, contiguous);
    double floor = smallest(own);
    Choice best = new Choice(contiguous, -1, resolution);
    double bestLocalisation = own.overallLocalisation();
    for (int k = 0; k < starts; k++) {
      ResolutionSearch.Result r = k == 0 ? first : later.get(k - 1).join();
      if (r == null || r.clustering().nClusters != count) {
        continue;
      }
      Clustering c = r.clustering();
      ClusterStats st = new ClusterStats(net, c);
      if (smallest(st) >= floor && st.overallLocalisation() > bestLocalisation) {
        best = new Choice(c, k, r.resolution());
        bestLocalisation = st.overallLocalisation();
      }
    }
    return best;
  }

  /**
   * The repaired run with exactly {@code count} clusters, the resolution searched from {@code resolution} as a
   * target's is ({@link ResolutionSearch}): the repaired count at a resolution differs from the built-in one's,
   * so each way is searched for the count on its own; null when no resolution reaches it.
   */
  private static ResolutionSearch.Result searched(SpatialFlowNetwork net, double resolution, Constraints constraints, int count,
      long seed) {
    try {
      return ResolutionSearch.search(count, gamma -> ContiguityRepair.repair(net,
          new LeidenAlgorithm(gamma, false, 1).cluster(net, seed), constraints, Integer.MAX_VALUE, gamma), net, true,
          resolution);
    } catch (ResolutionSearch.Unreachable e) {
      return null;
    }
  }

  /** Residents of the smallest footprint holding areas. */
  static double smallest(ClusterStats st) {
    double min = Double.POSITIVE_INFINITY;
    for (int c = 0; c < st.clusterCount(); c++) {
      if (st.areas(c) > 0) {
        min = Math.min(min, st.population(c));
      }
    }
    return min;
  }
}
