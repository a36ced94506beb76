package io.footprint.cluster;

/**
 * What every footprint must satisfy.
 *
 * @param minPopulation fewest residents a cluster may have (0: no bound)
 * @param minLocalisation lowest localisation a cluster may have, 0..1 (0: no bound)
 * @param requireProvider every cluster must hold at least one site that provides the service
 */
public record Constraints(double minPopulation, double minLocalisation, boolean requireProvider) {
  public Constraints {
    String p = minPopulationProblem(minPopulation);
    String l = minLocalisationProblem(minLocalisation);
    if (p != null || l != null) {
      throw new IllegalArgumentException(p != null ? "minimum population " + p + ", not " + minPopulation
          : "minimum localisation " + l + ", not " + minLocalisation);
    }
  }

  /** Why {@code p} cannot be a minimum population, or null. */
  public static String minPopulationProblem(double p) {
    return p >= 0 && Double.isFinite(p) ? null : "must be 0 or more";
  }

  /** Why {@code l} cannot be a minimum localisation, or null. */
  public static String minLocalisationProblem(double l) {
    return l >= 0 && l <= 1 ? null : "must be between 0 and 1";
  }

  public static Constraints none() {
    return new Constraints(0, 0, false);
  }

  /** Whether cluster {@code c} of these totals breaks a constraint. */
  boolean violated(ClusterStats.Totals t, int c) {
    return t.population()[c] < minPopulation
        || (requireProvider && t.providers()[c] == 0)
        || (minLocalisation > 0 && t.residentActivity()[c] > 0
            && t.internalActivity()[c] < minLocalisation * t.residentActivity()[c]);
  }
}
