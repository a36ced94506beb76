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
    if (!(minPopulation >= 0) || !(minLocalisation >= 0 && minLocalisation <= 1)) {
      throw new IllegalArgumentException("minimum population must be >= 0 and minimum localisation in 0..1");
    }
  }

  public static Constraints none() {
    return new Constraints(0, 0, false);
  }

  boolean violated(ClusterStats t, int c) {
    return t.population[c] < minPopulation
        || (requireProvider && t.providers[c] == 0)
        || (minLocalisation > 0 && t.residentActivity[c] > 0
            && t.internalActivity[c] < minLocalisation * t.residentActivity[c]);
  }
}
