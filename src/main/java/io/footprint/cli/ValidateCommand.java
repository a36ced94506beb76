package io.footprint.cli;

import io.footprint.io.LoadOptions;
import io.footprint.io.LoadResult;
import io.footprint.io.ScenarioLoader;
import io.footprint.model.FlowMatrix;
import io.footprint.model.Scenario;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: reads and checks the inputs, prints what they hold, writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = FootprintCommand.Version.class,
    description = "Checks inputs and prints a summary; changes nothing. Exit 2 when anything is fatal.",
    footer = {"", "Example:", "  target/footprint validate --areas areas.csv --sites sites.csv --flows flows.csv"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--areas", required = true, arity = "1..*", paramLabel = "FILE", description = "areas CSV "
      + "and/or GeoJSON")
  List<Path> areas;

  @Option(names = "--sites", required = true, paramLabel = "FILE", description = "sites CSV")
  Path sites;

  @Option(names = "--flows", required = true, arity = "1..*", paramLabel = "FILE", description = "flow CSVs")
  List<Path> flows;

  @Mixin
  InputOptions input;

  @Override
  public Integer call() throws Exception {
    RunDraft d = new RunDraft();
    d.encoding = Given.option("--encoding", input.encoding);
    Checks checks = new Checks();
    Charset encoding = d.charset(checks);
    checks.throwIfAny();
    LoadResult r = new ScenarioLoader(new LoadOptions(Map.of(), null, input.dropUnmatched, encoding))
        .load(areas, sites, flows);
    PrintWriter out = spec.commandLine().getOut();
    Scenario s = r.scenario();
    out.printf(Locale.ROOT, "flow rows: %d%n", r.flowRows());
    out.printf(Locale.ROOT, "areas: %d (%s), population %,.0f%n", s.areas().size(),
        s.allAreasHaveGeometry() ? "polygons" : "centroids", s.totalPopulation());
    out.printf(Locale.ROOT, "sites: %d%n", s.sites().size());
    out.printf(Locale.ROOT, "conditions: %d%n", s.flows().size());
    double total = 0;
    for (FlowMatrix m : s.flows().values()) {
      long areasWith = 0;
      for (int a = 0; a < m.areaCount(); a++) {
        areasWith += m.rowEnd(a) > m.rowStart(a) ? 1 : 0;
      }
      long sitesWith = Arrays.stream(m.siteTotals()).filter(v -> v > 0).count();
      out.printf(Locale.ROOT, "  %-32s %9d area-site pairs, %6d areas, %5d sites, activity %,.2f%n",
          m.condition(), m.entryCount(), areasWith, sitesWith, m.total());
      total += m.total();
    }
    out.printf(Locale.ROOT, "total activity: %,.2f%n", total);
    if (input.dropUnmatched) {
      out.printf(Locale.ROOT, "unmatched rows dropped: %d, activity %,.2f%n", r.droppedRows(), r.droppedActivity());
    }
    r.problems().lines().forEach(spec.commandLine().getErr()::println);
    out.println("inputs are valid");
    return Main.OK;
  }
}
