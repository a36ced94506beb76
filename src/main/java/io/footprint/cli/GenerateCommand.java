package io.footprint.cli;

import io.footprint.model.DisplayPath;
import io.footprint.report.OutputDirectory;
import io.footprint.synth.CountryGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: a synthetic country in the input formats. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = FootprintCommand.Version.class,
    description = {"Writes a synthetic England-like country (areas.geojson, sites.csv, flows.csv.gz, senates.csv, "
        + "ahsns.csv, counties.csv) into --out. The embedded demo is --areas 2500 --seed 2013.",
        "Benchmarks use England-LSOA scale: --areas 34000."},
    footer = {"", "Example:", "  target/footprint generate --areas 34000 --seed 1 --out /tmp/lsoa"})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--areas", defaultValue = "2500", description = "number of areas (default: ${DEFAULT-VALUE})")
  int areas;

  @Option(names = "--seed", defaultValue = "2013", description = "seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--years", defaultValue = "1", description = "years of activity the flows count, pooled "
      + "(a fraction for part of a year; default: ${DEFAULT-VALUE}); benchmarks scale it with --areas to keep the "
      + "flow rows per area alike")
  double years;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write: replaced only "
      + "when it is absent, empty or an earlier footprint output")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (areas < 100) {
      throw new UsageException("--areas must be at least 100");
    }
    if (!(years > 0 && years <= 100)) {
      throw new UsageException("--years must be more than 0 and at most 100");
    }
    CountryGenerator.Summary s;
    try (OutputDirectory dir = OutputDirectory.prepare(out, FootprintCommand.version(), List.of())) {
      s = new CountryGenerator(areas, seed, years).writeTo(dir.folder());
      dir.commit();
    }
    spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d areas, %d sites, %d flow rows, %,.0f residents%n",
        DisplayPath.of(out), s.areas(), s.sites(), s.flowRows(), s.population());
    s.senates().forEach((k, v) -> spec.commandLine().getOut().printf(Locale.ROOT, "  senate %-12s %,12.0f%n", k, v));
    return Main.OK;
  }
}
