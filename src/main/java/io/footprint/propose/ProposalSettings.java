package io.footprint.propose;

import io.footprint.cluster.Constraints;

/**
 * How footprints are proposed for a condition.
 *
 * @param method "plurality" or "leiden"
 * @param resolution modularity resolution gamma for leiden (ignored when {@code target > 0})
 * @param target exact number of footprints wanted (0: let the resolution decide)
 * @param constraints minimum population, minimum localisation, a providing site in each
 * @param contiguity keep every footprint contiguous (off: plain Leiden on the flow graph)
 * @param seed seed of the random choices
 * @param starts independent Leiden runs, of which the one of highest modularity is kept (1: a single run)
 */
public record ProposalSettings(String method, double resolution, int target, Constraints constraints,
    boolean contiguity, long seed, int starts) {

  public static final String PLURALITY = "plurality";
  public static final String LEIDEN = "leiden";

  public ProposalSettings {
    if (!method.equals(PLURALITY) && !method.equals(LEIDEN)) {
      throw new IllegalArgumentException("method must be plurality or leiden, not " + method);
    }
    if (!(resolution > 0) || target < 0) {
      throw new IllegalArgumentException("resolution must be > 0 and target >= 0");
    }
    if (starts < 1) {
      throw new IllegalArgumentException("starts must be at least 1, not " + starts);
    }
  }

  public static ProposalSettings defaults() {
    return new ProposalSettings(LEIDEN, 1.0, 0, new Constraints(0, 0, true), true, 1, 2);
  }
}
