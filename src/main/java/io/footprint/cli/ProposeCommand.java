package io.footprint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code propose}: footprints for one or more conditions from areas, sites and flows. */
@Command(name = "propose", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = FootprintCommand.Version.class,
    description = "Proposes footprints for one or more conditions and writes them under --out.",
    footer = {"", "Example (real England, MSOA, from the repository root):",
        "  E=../shared/data/england",
        "  target/footprint propose --areas $E/areas.geojson --areas $E/areas.csv \\",
        "      --sites $E/sites.csv --flows $E/flows.csv --condition all_admissions \\",
        "      --target 12 --reference senates=$E/msoa_senates_2013.csv --out england-out"})
final class ProposeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ScenarioInputs inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder: replaced only when "
      + "it is absent, empty or an earlier footprint output")
  Path out;

  @Mixin
  ProposalOptions proposal;

  @Mixin
  AlignmentOptions alignment;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws Exception {
    RunDraft d = Commands.draft(proposal, alignment, run);
    inputs.into(d);
    return Commands.runAndWrite(spec, d.over(new RunDraft()).build(), out, run, List.of());
  }
}
