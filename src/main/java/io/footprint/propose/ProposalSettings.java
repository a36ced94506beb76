package io.footprint.propose;

import io.footprint.cluster.Constraints;

/**
 * How footprints are proposed for a condition, checked once: the constructor refuses what the
 * static rules below refuse, and the command line and the YAML configuration apply the same rules to
 * the values a user gives, to say where a mistake was made.
 *
 * @param method the method
 * @param resolution modularity resolution gamma for leiden (ignored when {@code target > 0})
 * @param target exact number of footprints wanted (0: let the resolution decide)
 * @param constraints minimum population, minimum localisation, a providing site in each
 * @param contiguity keep every footprint contiguous (off: plain Leiden on the flow graph)
 * @param seed seed of the random choices
 * @param starts independent Leiden runs, of which the one of highest modularity is kept (1: a single run)
 * @param polish end with border moves at the resolution found, the count and constraints held ({@link
 *     io.footprint.cluster.Polisher}; Leiden only)
 */
public record ProposalSettings(Method method, double resolution, int target, Constraints constraints,
    boolean contiguity, long seed, int starts, boolean polish) {

  public ProposalSettings {
    check("resolution", resolutionProblem(resolution), resolution);
    check("target", targetProblem(target), target);
    check("starts", startsProblem(starts), starts);
    if (method == null || constraints == null) {
      throw new IllegalArgumentException("a method and constraints are needed");
    }
  }

  /** Polished, as every proposal is unless asked not to be. */
  public ProposalSettings(Method method, double resolution, int target, Constraints constraints, boolean contiguity,
      long seed, int starts) {
    this(method, resolution, target, constraints, contiguity, seed, starts, true);
  }

  private static void check(String name, String problem, Object value) {
    if (problem != null) {
      throw new IllegalArgumentException(name + " " + problem + ", not " + value);
    }
  }

  /** Leiden at resolution 1, contiguous, no minimum, seed 1, two starts. */
  public static ProposalSettings defaults() {
    return new ProposalSettings(Method.LEIDEN, 1.0, 0, new Constraints(0, 0, true), true, 1, 2);
  }

  public ProposalSettings withTarget(int footprints) {
    return new ProposalSettings(method, resolution, footprints, constraints, contiguity, seed, starts, polish);
  }

  public ProposalSettings withResolution(double gamma) {
    return new ProposalSettings(method, gamma, 0, constraints, contiguity, seed, starts, polish);
  }

  public ProposalSettings withPolish(boolean on) {
    return new ProposalSettings(method, resolution, target, constraints, contiguity, seed, starts, on);
  }

  /** Why {@code r} cannot be a resolution, or null. */
  public static String resolutionProblem(double r) {
    return r > 0 && Double.isFinite(r) ? null : "must be a number above 0";
  }

  /** Why {@code t} cannot be a target, or null. */
  public static String targetProblem(int t) {
    return t >= 0 ? null : "must be 0 (none) or more";
  }

  /** Why {@code n} cannot be the number of starts, or null. */
  public static String startsProblem(int n) {
    return n >= 1 ? null : "must be at least 1";
  }

  /** Why {@code p} cannot be a minimum population, or null. */
  public static String minPopulationProblem(double p) {
    return Constraints.minPopulationProblem(p);
  }

  /** Why {@code l} cannot be a minimum localisation, or null. */
  public static String minLocalisationProblem(double l) {
    return Constraints.minLocalisationProblem(l);
  }
}
