package io.footprint.cli;

import io.footprint.propose.Refiner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code refine}: the fewest border moves from an existing map for the most localisation. */
@Command(name = "refine", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = FootprintCommand.Version.class,
    description = {"Starts from the regions of --start (a lookup CSV, polygons, senates or ahsns) and moves border "
        + "areas to neighbouring units one at a time, each time the move that gains most localisation per resident "
        + "moved, keeping every unit contiguous, the number of units and --min-population. Writes the path "
        + "(<condition>/refine.csv) and the refined units as propose writes footprints, aligned with the start "
        + "and every --reference; the summary sets them beside as many footprints proposed freely."},
    footer = {"", "Example (real England, MSOA: the 2017 STPs):",
        "  E=../shared/data/england",
        "  target/footprint refine --areas $E/areas.geojson --areas $E/areas.csv --sites $E/sites.csv \\",
        "      --flows $E/flows.csv --condition all_admissions --start stp=$E/msoa_stp_2017.csv \\",
        "      --max-moves 200 --out england-stp"})
final class RefineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ScenarioInputs inputs;

  @Option(names = "--start", required = true, paramLabel = "REF", description = "the map to start from: senates | "
      + "ahsns | FILE | NAME=FILE (a lookup area_code,region_code[,region_name], polygons, or an earlier output)")
  String start;

  @Option(names = "--max-moves", paramLabel = "N", description = "stop after N moves (default: none)")
  Integer maxMoves;

  @Option(names = "--max-residents", paramLabel = "RESIDENTS", description = "stop before the residents moved "
      + "would pass this (default: none)")
  Double maxResidents;

  @Option(names = "--min-gain", paramLabel = "SHARE", description = "stop when the best move gains no more "
      + "localisation than this (a share of all activity; default: 0)")
  Double minGain;

  @Option(names = "--allow-merge", paramLabel = "N", arity = "0..1", fallbackValue = "2147483647",
      description = "two bordering units may merge, at most N times (no N: as often as a merge gains), competing "
          + "with the area moves on gain per resident moved; default: the count is held")
  Integer allowMerge;

  @Option(names = "--min-population", paramLabel = "RESIDENTS", description = "fewest residents a unit may be "
      + "left with (default: 0)")
  Double minPopulation;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the free proposal set beside (default: 1)")
  Long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder: replaced only when "
      + "it is absent, empty or an earlier footprint output")
  Path out;

  @Mixin
  AlignmentOptions alignment;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    Checks checks = new Checks();
    int moves = maxMoves == null ? Integer.MAX_VALUE : maxMoves;
    if (moves < 0) {
      checks.bad("--max-moves must be 0 or more, not " + moves);
    }
    double residents = maxResidents == null ? Double.POSITIVE_INFINITY : maxResidents;
    if (!(residents >= 0)) {
      checks.bad("--max-residents must be 0 or more, not " + maxResidents);
    }
    double gain = minGain == null ? 0 : minGain;
    if (!(gain >= 0 && gain < 1)) {
      checks.bad("--min-gain must be a share from 0 to below 1, not " + minGain);
    }
    int merges = allowMerge == null ? 0 : allowMerge;
    if (merges < 0) {
      checks.bad("--allow-merge must be 0 or more, not " + merges);
    }
    checks.throwIfAny();
    ProposalDraft p = new ProposalDraft();
    p.minPopulation = Given.option("--min-population", minPopulation);
    p.seed = Given.option("--seed", seed);
    ProposalOptions none = new ProposalOptions();
    RunDraft d = Commands.draft(none, alignment, run);
    d.proposal = p;
    inputs.into(d);
    RunDraft.Built built = d.over(new RunDraft()).build();
    built.request().refine(start.strip(), new Refiner.Limits(moves, residents, gain), merges);
    return Commands.runAndWrite(spec, built, out, run, List.of());
  }
}
