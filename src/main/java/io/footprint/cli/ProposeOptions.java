package io.footprint.cli;

import io.footprint.cluster.Constraints;
import io.footprint.graph.ProposalSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by {@code propose} and {@code run}: how footprints are made and judged. */
final class ProposeOptions {
  @Option(names = "--method", defaultValue = "leiden", description = "plurality | leiden (default: ${DEFAULT-VALUE})")
  String method;

  @Option(names = "--target", defaultValue = "0", description = "exact number of footprints, found by resolution "
      + "search (0: let --resolution decide)")
  int target;

  @Option(names = "--resolution", defaultValue = "1.0", description = "modularity resolution gamma (default: "
      + "${DEFAULT-VALUE}); higher gives more, smaller footprints")
  double resolution;

  @Option(names = "--min-population", defaultValue = "0", description = "fewest residents per footprint")
  double minPopulation;

  @Option(names = "--min-localisation", defaultValue = "0", description = "lowest localisation per footprint, 0..1")
  double minLocalisation;

  @Option(names = "--contiguity", defaultValue = "on", description = "on | off (off: plain Leiden on the flow "
      + "graph, for comparison)")
  String contiguity;

  @Option(names = "--reference", description = "senates | ahsns | FILE | NAME=FILE (repeatable): align as we go")
  List<String> references = new ArrayList<>();

  @Option(names = "--aligned-share", defaultValue = "0.95", description = "share of a footprint's residents in "
      + "one region from which it counts as aligned (default: ${DEFAULT-VALUE})")
  double alignedShare;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the random choices (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--starts", defaultValue = "2", description = "independent Leiden runs (seeds drawn from --seed), "
      + "of which the one of highest modularity is kept (default: ${DEFAULT-VALUE}; 1 is fastest)")
  int starts;

  @Option(names = "--threads", description = "conditions clustered at once (default: the number of cores); "
      + "results do not depend on it")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--drop-unmatched", description = "drop flows naming unknown areas or sites (reported) instead "
      + "of failing")
  boolean dropUnmatched;

  @Option(names = "--quiet", description = "print nothing but errors")
  boolean quiet;

  @Option(names = "--timings", description = "print each stage's wall-clock time to stderr")
  boolean timings;

  @Option(names = "--within", description = "nest footprints in these regions (senates | ahsns | a --reference's "
      + "name): none crosses a border; the summary reports the localisation this costs")
  String within;

  @Option(names = "--realign", description = "also write, per reference, the footprints realigned by moving the "
      + "border areas listed in realignment-<reference>.csv, under <condition>/realigned-<reference>/")
  boolean realign;

  @Option(names = "--topojson", description = "also write <condition>/footprints.topojson (shared borders stored "
      + "once: far smaller)")
  boolean topoJson;

  @Option(names = "--fail-on", split = ",", description = "gates, e.g. min_localisation=0.85, "
      + "misaligned_footprints=0, non_contiguous=0: exit 3 when one fails (outputs still written)")
  List<String> failOn = new ArrayList<>();

  ProposalSettings settings() {
    if (!method.equals("plurality") && !method.equals("leiden")) {
      throw new UsageException("--method must be plurality or leiden, not " + method);
    }
    if (!contiguity.equals("on") && !contiguity.equals("off")) {
      throw new UsageException("--contiguity must be on or off, not " + contiguity);
    }
    if (!(minLocalisation >= 0 && minLocalisation <= 1)) {
      throw new UsageException("--min-localisation must be between 0 and 1, not " + minLocalisation);
    }
    if (!(minPopulation >= 0)) {
      throw new UsageException("--min-population must be >= 0");
    }
    if (!(resolution > 0) || target < 0 || threads < 1) {
      throw new UsageException("--resolution must be > 0, --target >= 0 and --threads >= 1");
    }
    if (starts < 1) {
      throw new UsageException("--starts must be at least 1, not " + starts);
    }
    if (!(alignedShare > 0 && alignedShare <= 1)) {
      throw new UsageException("--aligned-share must be in (0, 1]");
    }
    return new ProposalSettings(method, resolution, target, new Constraints(minPopulation, minLocalisation,
        contiguity.equals("on")), contiguity.equals("on"), seed, starts);
  }
}
