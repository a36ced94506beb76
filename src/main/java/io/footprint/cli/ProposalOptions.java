package io.footprint.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The options that say how footprints are proposed ({@code propose} and {@code run}). */
final class ProposalOptions {
  @Option(names = "--method", paramLabel = "METHOD", description = "leiden (default) | plurality")
  String method;

  @Option(names = "--target", paramLabel = "N", description = "exact number of footprints, found by searching the "
      + "resolution (not with --resolution)")
  Integer target;

  @Option(names = "--resolution", paramLabel = "GAMMA", description = "modularity resolution (default: 1); higher "
      + "gives more, smaller footprints")
  Double resolution;

  @Option(names = "--min-population", paramLabel = "RESIDENTS", description = "fewest residents per footprint "
      + "(default: 0)")
  Double minPopulation;

  @Option(names = "--min-localisation", paramLabel = "SHARE", description = "lowest localisation per footprint, "
      + "0..1 (default: 0)")
  Double minLocalisation;

  @Option(names = "--contiguity", paramLabel = "on|off", description = "on (default) | off: plain Leiden on the flow "
      + "graph, for comparison")
  String contiguity;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the random choices (default: 1)")
  Long seed;

  @Option(names = "--starts", paramLabel = "N", description = "independent Leiden runs (seeds drawn from --seed), "
      + "the one of highest modularity kept (default: 2; 1 is fastest)")
  Integer starts;

  @Option(names = "--polish", paramLabel = "on|off", description = "on (default) | off: end with border moves that "
      + "raise localisation (count, contiguity and constraints held) and, with --target, compare plain Leiden "
      + "repaired afterwards")
  String polish;

  @Option(names = "--require-role", paramLabel = "CONDITION=ROLE", split = ",", description = "every footprint of "
      + "the condition holds a site with this role (a roles column of the sites, e.g. trauma:MTC), as a constraint "
      + "inside the clustering; e.g. trauma=MTC,neonatal=NICU")
  List<String> requireRoles = new java.util.ArrayList<>();

  @Option(names = "--relationships", paramLabel = "FILE", description = "clinical relationships between sites, a CSV "
      + "site_a,site_b,condition,weight (condition empty: every condition): site-site edges of the flow graph")
  java.nio.file.Path relationships;

  @Option(names = "--expected", paramLabel = "FILE", description = "expected activity per area, a CSV "
      + "area_code,condition,expected (e.g. age-sex standardised): the funnel plot then compares observed with "
      + "expected, as indirectly standardised ratios")
  java.nio.file.Path expected;

  @Option(names = "--relationship-weight", paramLabel = "W", description = "a relationship of weight 1 counts in "
      + "the clustering as W units of activity shared between its two sites (default: 1)")
  Double relationshipWeight;

  @Option(names = "--region-targets", paramLabel = "FILE", description = "with --within: footprints wanted per "
      + "region, a CSV region_code,footprints[,condition] (scan --within writes one: regions.csv)")
  java.nio.file.Path regionTargets;

  @Option(names = "--bootstrap", paramLabel = "N", description = "resample the flows N times (Poisson) and report "
      + "each footprint's stability and each area's confidence (default: 0, none)")
  Integer bootstrap;

  @Option(names = "--within", paramLabel = "REFERENCE", description = "nest footprints in these regions (senates | "
      + "ahsns | a --reference's name): none crosses a border; the summary reports the localisation this costs; "
      + "--target shares one total out at one resolution")
  String within;

  /** What was given on the command line, as the level that overrides a configuration file. */
  ProposalDraft draft() {
    ProposalDraft d = new ProposalDraft();
    d.method = Given.option("--method", method);
    d.target = Given.option("--target", target);
    d.resolution = Given.option("--resolution", resolution);
    d.minPopulation = Given.option("--min-population", minPopulation);
    d.minLocalisation = Given.option("--min-localisation", minLocalisation);
    d.contiguity = Given.option("--contiguity", contiguity);
    d.seed = Given.option("--seed", seed);
    d.starts = Given.option("--starts", starts);
    d.polish = Given.option("--polish", polish);
    return d;
  }
}
