package io.footprint.cluster;

import java.util.function.DoubleFunction;

/**
 * Finds a clustering with exactly {@code target} clusters: brackets the resolution by doubling or
 * halving from gamma = 1, then bisects on log gamma; if no resolution gives exactly the target (the
 * count jumps over it), takes the smallest count above it and merges adjacent clusters greedily,
 * each time the pair whose merge costs least modularity ({@link TargetMerger}).
 */
public final class ResolutionSearch {
  /** The clustering found and the resolution it came from. */
  public record Result(Clustering clustering, double resolution, int steps, boolean merged) {}

  /** No resolution searched gives as many clusters as the target. */
  public static final class Unreachable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int target;
    private final int mostFound;

    Unreachable(int target, int mostFound) {
      super("no resolution gives " + target + " clusters; the most found was " + mostFound);
      this.target = target;
      this.mostFound = mostFound;
    }

    public int target() {
      return target;
    }

    public int mostFound() {
      return mostFound;
    }
  }

  /**
   * Most doublings or halvings of gamma while bracketing: from 1, 2^40 reaches further than any
   * resolution at which clusters still change, so the cap only stops a search that cannot succeed.
   */
  static final int MAX_BRACKET_STEPS = 40;
  /**
   * Most bisections of the bracket; each halves it on log gamma, so from a factor of 2 they reach the
   * tolerance below long before this cap.
   */
  static final int MAX_BISECTIONS = 24;
  /**
   * The bisection stops when the bracket's ends are this close (as a ratio): the count changes at a
   * resolution narrower than this only by chance, and merging neighbours to the target is then as good.
   */
  static final double MIN_BRACKET_RATIO = 1.0001;

  private ResolutionSearch() {}

  /**
   * @param run clustering at a resolution (constraints already applied)
   * @param net the network, for the final merges
   */
  public static Result search(int target, DoubleFunction<Clustering> run, SpatialFlowNetwork net,
      boolean contiguity) {
    return search(target, run, net, contiguity, 1);
  }

  /**
   * As above, bracketing from {@code start} instead of 1: a bootstrap resample's target lies near the
   * resolution the proposal's search found, so the search usually ends at its first run.
   */
  public static Result search(int target, DoubleFunction<Clustering> run, SpatialFlowNetwork net,
      boolean contiguity, double start) {
    return search(target, run, net, contiguity, start, null);
  }

  /**
   * As above, for clusterings nested in regions ({@code regionOfNode}, or null for none): the final merges
   * join only clusters of one region.
   */
  public static Result search(int target, DoubleFunction<Clustering> run, SpatialFlowNetwork net,
      boolean contiguity, double start, int[] regionOfNode) {
    if (target < 1) {
      throw new IllegalArgumentException("target must be >= 1");
    }
    if (!(start > 0) || !Double.isFinite(start)) {
      throw new IllegalArgumentException("start must be a resolution above 0");
    }
    double lo = start;
    Clustering cLo = run.apply(lo);
    int steps = 1;
    if (cLo.nClusters == target) {
      return new Result(cLo, lo, steps, false);
    }
    double hi = lo;
    Clustering cHi = cLo;
    if (cLo.nClusters < target) {
      while (cHi.nClusters < target && steps < MAX_BRACKET_STEPS) {
        lo = hi;
        cLo = cHi;
        hi *= 2;
        cHi = run.apply(hi);
        steps++;
      }
    } else {
      while (cLo.nClusters > target && steps < MAX_BRACKET_STEPS) {
        hi = lo;
        cHi = cLo;
        lo /= 2;
        cLo = run.apply(lo);
        steps++;
      }
    }
    if (cLo.nClusters == target) {
      return new Result(cLo, lo, steps, false);
    }
    if (cHi.nClusters == target) {
      return new Result(cHi, hi, steps, false);
    }
    if (cLo.nClusters > target) {
      return new Result(TargetMerger.mergeTo(net, cLo, target, lo, contiguity, regionOfNode), lo, steps, true);
    }
    if (cHi.nClusters < target) {
      throw new Unreachable(target, cHi.nClusters);
    }
    // invariant: count(lo) < target < count(hi)
    for (int i = 0; i < MAX_BISECTIONS && hi / lo > MIN_BRACKET_RATIO; i++) {
      double mid = Math.sqrt(lo * hi);
      Clustering c = run.apply(mid);
      steps++;
      if (c.nClusters == target) {
        return new Result(c, mid, steps, false);
      }
      if (c.nClusters < target) {
        lo = mid;
      } else {
        hi = mid;
        cHi = c;
      }
    }
    return new Result(TargetMerger.mergeTo(net, cHi, target, hi, contiguity, regionOfNode), hi, steps, true);
  }
}
