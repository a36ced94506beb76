package io.footprint.cli;

import io.footprint.propose.ScanSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scan}: every count of footprints the resolution reaches, with the counts worth considering marked. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = FootprintCommand.Version.class,
    description = {"Finds, per condition, every number of footprints the resolution reaches in --counts, scores "
        + "each as propose would, measures how far independent starts agree, and marks the robust, self-contained "
        + "and knee counts. Writes scan.csv, scan.json, a chart per condition and report.html under --out.",
        "With --within REF it scans inside each region and writes regions.csv: the recommended number of networks "
            + "per region and condition."},
    footer = {"", "Example (real England, MSOA, from the repository root):",
        "  E=../shared/data/england",
        "  target/footprint scan --areas $E/areas.geojson --areas $E/areas.csv --sites $E/sites.csv \\",
        "      --flows $E/flows.csv --condition all_admissions --counts 2..60 \\",
        "      --reference senates=$E/msoa_senates_2013.csv --out england-scan"})
final class ScanCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ScenarioInputs inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder: replaced only when "
      + "it is absent, empty or an earlier footprint output")
  Path out;

  @Option(names = "--counts", paramLabel = "LO..HI", description = "numbers of footprints to scan (default: 2..60; "
      + "with --within: 1..15)")
  String counts;

  @Option(names = "--starts", paramLabel = "N", description = "independent starts compared at each count "
      + "(default: " + ScanSettings.DEFAULT_STARTS + "; 1 gives no stability figure)")
  Integer starts;

  @Option(names = "--min-localisation", paramLabel = "SHARE", description = "share of its residents' activity "
      + "every footprint must keep for a count to be marked self-contained, 0..1 (default: 0.75, the ONS "
      + "travel-to-work-area rule); it marks, it does not merge")
  Double selfContained;

  @Option(names = "--robust-span", paramLabel = "FACTOR", description = "a robust count holds while the resolution "
      + "grows by at least this factor (default: " + ScanSettings.DEFAULT_ROBUST_SPAN + ")")
  Double robustSpan;

  @Option(names = "--robust-vi", paramLabel = "NATS", description = "and its starts differ by at most this mean "
      + "variation of information (default: " + ScanSettings.DEFAULT_ROBUST_VARIATION + ")")
  Double robustVi;

  @Option(names = "--contiguity", paramLabel = "on|off", description = "on (default) | off: plain Leiden")
  String contiguity;

  @Option(names = "--polish", paramLabel = "on|off", description = "on (default) | off: each start ends with the "
      + "border moves propose ends with")
  String polish;

  @Option(names = "--min-population", paramLabel = "RESIDENTS", description = "fewest residents per footprint, "
      + "merged as propose merges (default: 0)")
  Double minPopulation;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the random choices (default: 1)")
  Long seed;

  @Option(names = "--reference", paramLabel = "REF", description = "senates | ahsns | FILE | NAME=FILE "
      + "(repeatable): count the footprints aligned with these regions")
  List<String> references = new ArrayList<>();

  @Option(names = "--aligned-share", paramLabel = "SHARE", description = "share of a footprint's residents in one "
      + "region from which it counts as aligned (default: 0.95)")
  Double alignedShare;

  @Option(names = "--within", paramLabel = "REFERENCE", description = "scan inside each region of this reference "
      + "(senates | ahsns | a --reference's name)")
  String within;

  @Option(names = "--threads", paramLabel = "N", description = "clusterings run at once (default: the number of "
      + "cores); results do not depend on it")
  Integer threads;

  @Mixin
  InputOptions input = new InputOptions();

  @Option(names = "--quiet", description = "print nothing but errors")
  boolean quiet;

  @Option(names = "--timings", description = "print each stage's wall-clock time to stderr")
  boolean timings;

  @Override
  public Integer call() throws Exception {
    ScanDraft sd = new ScanDraft();
    sd.counts = Given.option("--counts", counts);
    sd.starts = Given.option("--starts", starts);
    sd.selfContained = Given.option("--min-localisation", selfContained);
    sd.robustSpan = Given.option("--robust-span", robustSpan);
    sd.robustVi = Given.option("--robust-vi", robustVi);
    RunDraft d = new RunDraft();
    d.scan = sd;
    ProposalDraft p = new ProposalDraft();
    p.contiguity = Given.option("--contiguity", contiguity);
    p.polish = Given.option("--polish", polish);
    p.minPopulation = Given.option("--min-population", minPopulation);
    p.seed = Given.option("--seed", seed);
    d.proposal = p;
    List<Given<String>> refs = new ArrayList<>();
    references.forEach(r -> refs.add(Given.option("--reference", r)));
    d.references = refs;
    d.alignedShare = Given.option("--aligned-share", alignedShare);
    d.within = Given.option("--within", within);
    d.threads = Given.option("--threads", threads);
    d.dropUnmatched = input.dropUnmatched ? Given.option("--drop-unmatched", true) : null;
    d.encoding = Given.option("--encoding", input.encoding);
    inputs.into(d);
    RunDraft.Built built = d.over(new RunDraft()).build();
    return Commands.scanAndWrite(spec, built, built.scan(), out, quiet, timings, List.of());
  }
}
